package kb.tickets;

/**
 * NEW until an agent first answers; OPEN while support works on it; PENDING while waiting for the
 * requester; SOLVED when support considers it done (a reply from the requester re-opens it); CLOSED
 * for good.
 */
public enum TicketStatus {
  NEW,
  OPEN,
  PENDING,
  SOLVED,
  CLOSED;

  public boolean isOpen() {
    return this == NEW || this == OPEN || this == PENDING;
  }
}
