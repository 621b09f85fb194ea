/** REST for the article-gap report (DESIGN §5): the gaps of a period and editors' decisions. */
package kb.api.gaps;
