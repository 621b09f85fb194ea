/** Pages for accounts: sign in, sign out, register, and the member's own profile. */
package kb.web.accounts;
