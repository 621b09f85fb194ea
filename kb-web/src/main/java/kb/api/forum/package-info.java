/** The community over REST: questions, answers, votes, flags, people, moderation, notices. */
package kb.api.forum;
