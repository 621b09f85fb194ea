/** What every API resource shares: the JSON error body and the exception mappers. */
package kb.api.shared;
