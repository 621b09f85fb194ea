/** The community pages: question lists, threads, asking, people, the inbox and moderation. */
package kb.web.community;
