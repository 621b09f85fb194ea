package kb.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for tests: JSON in and out, optional HTTP Basic, cookies kept. */
public final class Api {

  private final URI base;
  private final HttpClient http;
  private String authorization;

  public Api(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public Api as(String username, String password) {
    Api api = new Api(toUrl());
    api.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return api;
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private URL toUrl() {
    try {
      return base.toURL();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Password of the members tests register. */
  public static final String MEMBER_PASSWORD = "long-enough-pw";

  /**
   * Registers a new member whose name starts with {@code prefix} (unique per run) and returns the
   * name; fails unless the site answers 201.
   */
  public String register(String prefix) {
    String name =
        prefix
            + Long.toString(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Response r =
        post(
            "api/v1/accounts",
            "{\"username\":\""
                + name
                + "\",\"email\":\""
                + name
                + "@example.com\",\"password\":\""
                + MEMBER_PASSWORD
                + "\",\"locale\":\"en\"}");
    if (r.status() != 201) {
      throw new AssertionError("registering " + name + ": " + r.status() + " " + r.body());
    }
    return name;
  }

  /** A JSON string literal for building request bodies. */
  public static String str(String value) {
    return Json.createValue(value).toString();
  }

  /** A response: status, raw body, and the body as JSON on demand. */
  public record Response(int status, String body, HttpResponse<String> raw) {
    public JsonObject json() {
      JsonStructure s = Json.createReader(new StringReader(body)).read();
      return s.asJsonObject();
    }

    /** The body as a JSON array, for list endpoints. */
    public JsonArray jsonArray() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }
}
