package kb.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js configuration PrimeFaces' {@code p:chart} takes: one data set, no legend, no
 * animation (the figures are read, not watched).
 */
public final class Charts {

  private Charts() {}

  /** A chart of {@code type} ("line", "bar") over {@code labels} with one data set. */
  public static String of(String type, JsonArrayBuilder labels, JsonObjectBuilder dataset) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString();
  }
}
