package kb.tickets;

/**
 * A ticket was opened, answered or moved; fired inside the transaction and observed after it
 * commits (the requester's notice). {@code publicReply} is set for a reply the requester sees.
 */
public record TicketChanged(
    long ticketId,
    String number,
    long requesterId,
    String requester,
    Long questionId,
    TicketStatus status,
    String actor,
    boolean publicReply) {}
