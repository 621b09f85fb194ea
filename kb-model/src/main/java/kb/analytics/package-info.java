/**
 * Support analytics: how well self-service works (searches, click-through, deflection, the
 * self-service score) and how support performs (response and resolution times, SLA compliance,
 * arrivals by day and hour of the week, and the agents those arrivals need).
 */
package kb.analytics;
