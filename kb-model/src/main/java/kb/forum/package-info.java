/**
 * Community Q&A: questions, answers and comments, their revisions, votes, acceptance, official
 * answers, closing and locking, flags and moderation. Reputation and badges react to what happens
 * here through events ({@code kb.reputation}); the search index and notifications likewise.
 */
package kb.forum;
