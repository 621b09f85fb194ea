package kb.api.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kb.web.i18n.LocaleResolver;
import kb.web.i18n.Messages;

/**
 * The API's error body, {@code {"status":400,"message":"…","field":"…"}}, with the message in the
 * caller's language. Used by the exception mappers and by the filters that answer before JAX-RS.
 */
@ApplicationScoped
public class ApiErrors {

  @Inject HttpServletRequest request;

  public JsonObject body(int status, String field, String key, List<Object> arguments) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("status", status)
            .add("message", Messages.get(LocaleResolver.resolve(request), key, arguments));
    if (field != null) {
      json.add("field", field);
    }
    return json.build();
  }

  public void write(HttpServletResponse response, int status, String key, Object... arguments)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body(status, null, key, List.of(arguments)).toString());
  }
}
