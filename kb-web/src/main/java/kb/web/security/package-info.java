/**
 * Who is calling and what they may do: one authentication mechanism (form sign-in for pages, HTTP
 * Basic for the API), the identity store over accounts, and the request filters that defend against
 * CSRF and framing.
 */
package kb.web.security;
