package kb.analytics;

import java.io.Serializable;
import java.util.List;

/**
 * The analytics of a period (DESIGN §5 {@code GET /analytics/summary}). Rates are fractions (0–1);
 * times are minutes; {@code perHourOfWeek} is 7 × 24 ticket counts, Monday first, UTC.
 */
public record Summary(
    int days,
    long searches,
    double zeroResultRate,
    double clickThroughRate,
    long helpCenterVisitors,
    long ticketsCreated,
    long requesters,
    double selfServiceScore,
    long suggestionsOpened,
    long deflected,
    double deflectionRate,
    Double medianFirstResponseMinutes,
    Double medianResolutionMinutes,
    double slaFirstResponseCompliance,
    double slaResolutionCompliance,
    List<DayCount> ticketsPerDay,
    List<List<Long>> perHourOfWeek)
    implements Serializable {

  public record DayCount(String day, long tickets) implements Serializable {}
}
