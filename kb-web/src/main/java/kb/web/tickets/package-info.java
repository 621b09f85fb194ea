/** Ticket pages: a requester's tickets, one ticket (with the agent console), the agents' queue. */
package kb.web.tickets;
