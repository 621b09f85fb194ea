/**
 * Support tickets over REST: the queue, one ticket, messages, status, assignment, merging, rules.
 */
package kb.api.tickets;
