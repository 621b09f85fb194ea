package kb.tickets;

/** How urgent a ticket is; each has its SLA policy. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
