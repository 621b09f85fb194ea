/**
 * Support tickets: community threads the community could not solve become tickets with an SLA;
 * agents answer them, and public replies flow back to the thread as official answers. Also the
 * staffing arithmetic (Erlang C) fed by the observed ticket arrivals.
 */
package kb.tickets;
