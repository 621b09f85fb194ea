package kb.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API of DESIGN §5 under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "KB help center API",
            version = "1",
            description =
                "Search, articles, community and tickets. Scripts authenticate with HTTP Basic."))
public class RestApplication extends Application {}
