/** MicroProfile Health checks behind {@code /health/ready}. */
package kb.web.health;
