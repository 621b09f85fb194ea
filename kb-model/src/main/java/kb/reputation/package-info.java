/**
 * Reputation as an append-only ledger of point events, the privileges it unlocks and the badges
 * members earn. The forum reports what happened through events; the rules of what that is worth
 * live here.
 */
package kb.reputation;
