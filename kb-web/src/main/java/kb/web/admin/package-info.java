/** Administration pages: accounts and their roles. */
package kb.web.admin;
