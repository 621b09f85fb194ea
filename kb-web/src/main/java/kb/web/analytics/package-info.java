/** The support analytics page with its charts and the Erlang C staffing calculator. */
package kb.web.analytics;
