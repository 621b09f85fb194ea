import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The injection campaign of issue 14 (docs/security.md): every string of the Big List of Naughty
 * Strings and of the XSS and SQL-injection lists in ../shared/data, sent to every field of the
 * site's JSON endpoints and forms, signed out and as each role. Counts answers by status, answers
 * of 500 or more, pages showing a stack trace, and stored community posts whose rendered HTML
 * still holds something a browser would execute. Run against a started site (bench/injection.sh):
 *
 * <pre>java bench/injection/Campaign.java http://127.0.0.1:8093 ../shared/data</pre>
 */
public class Campaign {

  static final Pattern STACK =
      Pattern.compile("(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\))|Caused by: ");
  static final Pattern EXECUTABLE =
      Pattern.compile(
          "(?i)<script|<iframe|<object|<embed|<svg|<math|\\son[a-z]+\\s*=|(href|src|action)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):|srcdoc");

  record Target(String role, String method, String path, String body) {}

  static String base;
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  static final Map<String, String> AUTH = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    base = args[0].replaceAll("/$", "");
    Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
    List<String> strings = new ArrayList<>(jsonStrings(Files.readString(data.resolve("blns.json"))));
    int blns = strings.size();
    for (String dir : List.of("xss", "sqli")) {
      try (var files = Files.list(data.resolve(dir))) {
        for (Path f : files.sorted().toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
              strings.add(line);
            }
          }
        }
      }
    }
    System.out.printf("strings: %d (blns %d, xss + sqli %d)%n", strings.size(), blns, strings.size() - blns);

    String member = "inj" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    send("anonymous", "POST", "/api/v1/accounts",
        "{\"username\":\"" + member + "\",\"email\":\"" + member + "@example.com\",\"password\":\"long-enough-password\",\"locale\":\"en\"}");
    AUTH.put("member", basic(member, "long-enough-password"));
    for (String role : List.of("editor", "agent", "moderator", "admin")) {
      AUTH.put(role, basic(role, "demo-password-1"));
    }
    // a thread to answer, comment and edit, and a ticket to write to
    HttpResponse<String> q =
        send("member", "POST", "/api/v1/questions",
            "{\"title\":\"Where is my parcel from the injection campaign\",\"markdown\":\"My parcel has not arrived after ten days.\",\"tags\":[\"shipping\"],\"locale\":\"en\"}");
    String question = field(q.body(), "id");
    HttpResponse<String> t =
        send("member", "POST", "/api/v1/questions/" + question + "/escalate", "{\"reason\":\"no answer\"}");
    String ticket = field(t.body(), "number");
    System.out.printf("question %s, ticket %s%n", question, ticket);

    List<Target> targets = new ArrayList<>();
    for (String p : List.of("q", "locale", "type", "category", "tag", "size")) {
      targets.add(new Target("anonymous", "GET", "/api/v1/search?q=refund&locale=en&" + p + "=@Q@", null));
    }
    targets.add(new Target("anonymous", "GET", "/api/v1/questions/similar?title=@Q@&locale=en", null));
    targets.add(new Target("anonymous", "GET", "/api/v1/articles?locale=@Q@", null));
    targets.add(new Target("anonymous", "GET", "/api/v1/articles/@P@", null));
    targets.add(new Target("anonymous", "GET", "/api/v1/questions?sort=@Q@&tag=@Q@", null));
    targets.add(new Target("anonymous", "GET", "/api/v1/users/@P@", null));
    targets.add(new Target("anonymous", "GET", "/search.xhtml?q=@Q@", null));
    targets.add(new Target("anonymous", "GET", "/articles/@P@", null));
    targets.add(new Target("anonymous", "GET", "/?lang=@Q@", null));
    for (String f : List.of("username", "email", "password", "locale")) {
      targets.add(new Target("anonymous", "POST", "/api/v1/accounts", accountBody(f)));
    }
    targets.add(new Target("anonymous", "POST", "/api/v1/search/1/clicks", "{\"type\":@J@,\"id\":@J@}"));
    targets.add(new Target("anonymous", "POST", "/api/v1/accounts/password-reset", "{\"email\":@J@}"));
    targets.add(new Target("anonymous", "POST", "/api/v1/accounts/password-reset/confirm", "{\"token\":@J@,\"password\":@J@}"));
    targets.add(new Target("anonymous", "POST", "/api/v1/accounts/email-verification/confirm", "{\"token\":@J@}"));
    targets.add(new Target("anonymous", "GET", "/password-reset.xhtml?token=@Q@", null));
    targets.add(new Target("anonymous", "GET", "/verify-email.xhtml?token=@Q@", null));
    targets.add(new Target("anonymous", "POST", "/api/v1/articles/return-policy/feedback", "{\"locale\":@J@,\"helpful\":false,\"comment\":@J@}"));
    targets.add(new Target("member", "POST", "/api/v1/questions", "{\"title\":@J@,\"markdown\":@J@,\"tags\":[@J@],\"locale\":\"en\"}"));
    targets.add(new Target("member", "POST", "/api/v1/questions/" + question + "/answers", "{\"markdown\":@J@}"));
    targets.add(new Target("member", "POST", "/api/v1/posts/" + question + "/comments", "{\"text\":@J@}"));
    targets.add(new Target("member", "POST", "/api/v1/posts/" + question + "/flags", "{\"reason\":@J@,\"detail\":@J@}"));
    targets.add(new Target("member", "PUT", "/api/v1/posts/" + question, "{\"title\":@J@,\"markdown\":@J@,\"tags\":[@J@],\"version\":0}"));
    targets.add(new Target("member", "POST", "/api/v1/tickets/" + ticket + "/messages", "{\"markdown\":@J@}"));
    targets.add(new Target("agent", "POST", "/api/v1/tickets/" + ticket + "/messages", "{\"markdown\":@J@,\"public\":false}"));
    targets.add(new Target("agent", "PUT", "/api/v1/tickets/" + ticket + "/tags", "{\"tags\":[@J@]}"));
    targets.add(new Target("agent", "GET", "/api/v1/tickets?queue=@Q@&status=@Q@", null));
    targets.add(new Target("editor", "POST", "/api/v1/articles", "{\"slug\":@J@,\"locale\":\"en\",\"title\":@J@,\"markdown\":@J@,\"category\":@J@,\"tags\":[@J@]}"));
    targets.add(new Target("editor", "GET", "/api/v1/gaps?days=30&locale=@Q@&status=@Q@", null));
    targets.add(new Target("moderator", "GET", "/api/v1/moderation/audit?page=1&action=@Q@", null));
    targets.add(new Target("admin", "PUT", "/api/v1/admin/users/@P@/roles/@P@", ""));
    targets.add(new Target("admin", "POST", "/api/v1/users/" + member + "/reputation", "{\"points\":1,\"reason\":@J@}"));
    targets.add(new Target("admin", "GET", "/api/v1/admin/audit?kind=@Q@&user=@Q@", null));

    Map<String, Integer> byClass = new TreeMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    int sent = 0;
    int traces = 0;
    int unsendable = 0;
    long started = System.nanoTime();
    for (Target target : targets) {
      for (String s : strings) {
        String path = fill(target.path(), s, false);
        try {
          URI.create(base + path);
        } catch (IllegalArgumentException e) {
          unsendable++; // cannot even form a URI: never reaches the site
          continue;
        }
        HttpResponse<String> r =
            send(target.role(), target.method(), path,
                target.body() == null ? null : fill(target.body(), s, true));
        sent++;
        String cls = r == null ? "error" : (r.statusCode() / 100) + "xx";
        byClass.merge(cls, 1, Integer::sum);
        if (r == null || r.statusCode() >= 500) {
          failures.putIfAbsent(target.method() + " " + target.path() + " " + target.body(), s + " -> " + (r == null ? "no answer" : r.statusCode()));
        }
        if (r != null && STACK.matcher(r.body()).find()) {
          traces++;
          failures.putIfAbsent("trace " + target.path(), s);
        }
      }
      System.out.printf("%-7s %-6s %s: %s%n", target.role(), target.method(), target.path(), byClass);
    }

    // the sign-in and registration forms, as a browser posts them (view state, same Origin)
    for (String form : List.of("login", "register")) {
      for (String s : strings) {
        HttpResponse<String> r = postForm(form, s);
        sent++;
        String cls = r == null ? "error" : (r.statusCode() / 100) + "xx";
        byClass.merge(cls, 1, Integer::sum);
        if (r == null || r.statusCode() >= 500) {
          failures.putIfAbsent("form " + form, s + " -> " + (r == null ? "no answer" : r.statusCode()));
        }
        if (r != null && STACK.matcher(r.body()).find()) {
          traces++;
          failures.putIfAbsent("trace form " + form, s);
        }
      }
      System.out.printf("%-7s %-6s /%s.xhtml (form): %s%n", "anonymous", "POST", form, byClass);
    }

    // stored content: each string as the body of a community answer by a moderator (no spam
    // limits), rendered; the HTML must hold nothing a browser would run
    int stored = 0;
    int executable = 0;
    for (String s : strings) {
      HttpResponse<String> a =
          send("moderator", "POST", "/api/v1/questions/" + question + "/answers",
              "{\"markdown\":" + json("Answer: " + s) + "}");
      if (a != null && a.statusCode() == 201) {
        stored++;
      }
    }
    HttpResponse<String> thread = send("anonymous", "GET", "/api/v1/questions/" + question, null);
    Matcher html = Pattern.compile("\"html\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(thread.body());
    while (html.find()) {
      String h = unescape(html.group(1));
      if (EXECUTABLE.matcher(h).find()) {
        executable++;
        failures.putIfAbsent("executable " + executable, h.length() > 200 ? h.substring(0, 200) : h);
      }
    }
    HttpResponse<String> page = send("anonymous", "GET", "/community/thread.xhtml?id=" + question, null);
    int pageScripts = 0;
    if (page != null) {
      Matcher m = Pattern.compile("(?is)<script(?![^>]*src=)[^>]*>(.*?)</script>").matcher(page.body());
      while (m.find()) {
        if (m.group(1).contains("alert") || m.group(1).contains("prompt(") || m.group(1).contains("confirm(")) {
          pageScripts++;
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%nrequests: %d in %.0f s (%d not sendable as a URI); by status: %s%n", sent, seconds, unsendable, byClass);
    System.out.printf("answers >= 500: %d distinct target/string pairs%n", failures.keySet().stream().filter(k -> !k.startsWith("trace") && !k.startsWith("executable")).count());
    System.out.printf("responses showing a stack trace: %d%n", traces);
    System.out.printf("stored answers: %d; rendered bodies with executable markup: %d; payload scripts in the thread page (%s): %d%n",
        stored, executable, page == null ? "not fetched" : page.statusCode(), pageScripts);
    failures.forEach((k, v) -> System.out.println("  " + k + "  <=  " + v));
  }

  /** Posts the string into every field of a JSF form, with the page's view state. */
  static HttpResponse<String> postForm(String form, String s) {
    HttpResponse<String> page = send("anonymous", "GET", "/" + form + ".xhtml", null);
    if (page == null) {
      return null;
    }
    Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    String state = vs.find() ? vs.group(1) : "stateless";
    List<String> fields =
        form.equals("login")
            ? List.of("username", "password", "next")
            : List.of("username", "email", "password", "passwordRepeat", "locale");
    StringBuilder body = new StringBuilder(form + "=" + form + "&submit=x&jakarta.faces.ViewState=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    for (String f : fields) {
      body.append('&').append(f).append('=').append(URLEncoder.encode(s, StandardCharsets.UTF_8));
    }
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(base + "/" + form + ".xhtml"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Origin", base)
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      return null;
    }
  }

  static String accountBody(String field) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("username", "\"naughty\"");
    v.put("email", "\"naughty@example.com\"");
    v.put("password", "\"long-enough-password\"");
    v.put("locale", "\"en\"");
    v.put(field, "@J@");
    StringBuilder b = new StringBuilder("{");
    v.forEach((k, x) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(x));
    return b.append('}').toString();
  }

  static String fill(String template, String s, boolean jsonBody) {
    String out = template.replace("@Q@", URLEncoder.encode(s, StandardCharsets.UTF_8));
    out = out.replace("@P@", URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    return jsonBody ? out.replace("@J@", json(s)) : out;
  }

  static HttpResponse<String> send(String role, String method, String path, String body) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
              .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
      if (AUTH.containsKey(role)) {
        b.header("Authorization", AUTH.get(role));
      }
      if (body == null) {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      return null;
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
    return m.find() ? m.group(1) : "0";
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }

  /** The strings of a JSON array of strings (blns.json). */
  static List<String> jsonStrings(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
    while (m.find()) {
      out.add(unescape(m.group(1)));
    }
    return out;
  }
}
