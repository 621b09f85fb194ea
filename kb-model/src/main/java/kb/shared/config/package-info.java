/** Configuration keys of DESIGN §4, read through MicroProfile Config. */
package kb.shared.config;
