package ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The benchmark's ceiling: the cheapest JSON answer Payara Micro gives on this machine (about 300
 * bytes, like a small search answer), deployed alone, so every KB figure can be read as a share of
 * what the server itself can do in the same run.
 */
@ApplicationPath("/")
public class Ping extends Application {

  static final String BODY =
      "{\"searchId\":1,\"query\":\"where is my refund\",\"total\":3,\"hits\":[{\"type\":\"article\","
          + "\"id\":\"refund-status:en\",\"slug\":\"refund-status\",\"locale\":\"en\",\"title\":"
          + "\"Where is my refund?\",\"snippet\":\"Refunds reach your account within 5 to 10 "
          + "business days after we receive the return.\",\"url\":\"/articles/refund-status\"}]}";

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(Resource.class);
  }

  /** {@code GET /ping}. */
  @Path("ping")
  public static class Resource {
    @GET
    @Produces("application/json")
    public String ping() {
      return BODY;
    }
  }
}
