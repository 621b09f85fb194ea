package kb.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the administrators' operations ({@code /admin/…}) out of the OpenAPI document anyone can
 * read at {@code /openapi}: they are documented in the README for the people who may call them.
 */
public class PublicOpenApi implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    List<String> admin =
        openApi.getPaths().getPathItems().keySet().stream()
            .filter(path -> path.contains("/admin/") || path.endsWith("/admin"))
            .toList();
    admin.forEach(openApi.getPaths()::removePathItem);
  }
}
