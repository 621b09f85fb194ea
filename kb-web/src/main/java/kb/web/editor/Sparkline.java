package kb.web.editor;

import java.util.List;
import java.util.Locale;

/**
 * A gap's searches per day as a tiny inline SVG line. Written here rather than with PrimeFaces
 * charts: a report of 100 gaps would otherwise start 100 Chart.js canvases for 60×16 pixels each
 * (see docs/decisions.md).
 */
public final class Sparkline {

  static final int WIDTH = 60;
  static final int HEIGHT = 16;

  private Sparkline() {}

  /** The SVG markup; numbers only, so nothing in it comes from users. */
  public static String svg(List<Integer> daily) {
    int max = Math.max(1, daily.stream().mapToInt(Integer::intValue).max().orElse(0));
    StringBuilder points = new StringBuilder();
    int n = daily.size();
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? WIDTH / 2.0 : (double) i * WIDTH / (n - 1);
      double y = HEIGHT - 1 - (double) daily.get(i) * (HEIGHT - 2) / max;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    int total = daily.stream().mapToInt(Integer::intValue).sum();
    return "<svg class=\"sparkline\" width=\""
        + WIDTH
        + "\" height=\""
        + HEIGHT
        + "\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + HEIGHT
        + "\" role=\"img\" aria-label=\""
        + total
        + "\"><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\""
        + points.toString().strip()
        + "\"/></svg>";
  }
}
