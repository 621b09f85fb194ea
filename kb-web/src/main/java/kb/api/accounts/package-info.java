/** REST resources for accounts: registration and the caller's own account. */
package kb.api.accounts;
