/**
 * The search results page, the click-through redirect that logs which hit was opened, and who
 * searched.
 */
package kb.web.search;
