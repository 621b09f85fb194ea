package kb.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Erlang C against published worked examples. Call Centre Helper's "Erlang C formula – made
 * simple": 100 calls in 30 minutes, 180 s handling, 80% answered in 20 s → traffic 10 Erlangs, 14
 * agents, wait probability 17.4%, service level 88.7%; with 30% shrinkage, 20 agents.
 */
class ErlangCTest {

  @Test
  void theCallCentreHelperExample() {
    ErlangC.Staffing s = ErlangC.agentsNeeded(200, 180, 0.8, 20, 0.3);
    assertEquals(10.0, s.traffic(), 1e-9);
    assertEquals(14, s.agents());
    assertEquals(0.1741, s.waitProbability(), 0.0005);
    assertEquals(0.8874, s.serviceLevel(), 0.0015);
    assertEquals(20, s.scheduled());
  }

  @Test
  void serviceLevelRisesWithEachAgentUpToTheTarget() {
    double a = ErlangC.traffic(200, 180);
    assertEquals(0.3897, ErlangC.serviceLevel(11, a, 180, 20), 0.002);
    assertEquals(0.6402, ErlangC.serviceLevel(12, a, 180, 20), 0.002);
    assertEquals(0.7956, ErlangC.serviceLevel(13, a, 180, 20), 0.002);
    assertEquals(1.0, ErlangC.waitProbability(10, a), 1e-9, "as many agents as Erlangs: all wait");
  }

  @Test
  void oneAgentQueueIsMM1() {
    // M/M/1: the probability of waiting equals the utilisation
    assertEquals(0.5, ErlangC.waitProbability(1, 0.5), 1e-9);
  }

  @Test
  void noArrivalsNeedNoAgentsAndNonsenseIsRefused() {
    assertEquals(0, ErlangC.agentsNeeded(0, 300, 0.8, 20, 0.3).agents());
    assertThrows(IllegalArgumentException.class, () -> ErlangC.agentsNeeded(10, 0, 0.8, 20, 0.3));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.agentsNeeded(10, 300, 1.2, 20, 0.3));
  }
}
