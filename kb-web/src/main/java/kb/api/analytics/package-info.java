/** Support analytics over REST. */
package kb.api.analytics;
