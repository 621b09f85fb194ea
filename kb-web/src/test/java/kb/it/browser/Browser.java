package kb.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its own chromedriver, so Selenium Manager never runs.
 * Browser tests are skipped (not failed) on a machine without Chromium; CI installs it.
 */
public final class Browser {

  private Browser() {}

  public static WebDriver start() throws Exception {
    String chromium = System.getProperty("kb.chromium", "/usr/bin/chromium");
    String driver = System.getProperty("kb.chromedriver", "/usr/bin/chromedriver");
    Assumptions.assumeTrue(
        new File(chromium).canExecute() && new File(driver).canExecute(),
        "Chromium and chromedriver are not installed");
    Path profile = Files.createTempDirectory("kb-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en-US",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
    ChromeDriver webDriver = new ChromeDriver(service, options);
    webDriver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return webDriver;
  }
}
