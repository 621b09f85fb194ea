/**
 * Accounts: registration, sign-in with a lock after repeated failures, profiles with a preferred
 * language, and the roles of DESIGN §2. Passwords are stored as PBKDF2 hashes only.
 */
package kb.accounts;
