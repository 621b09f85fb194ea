/**
 * Start-up: the data source declaration and the sequence that migrates the database, imports the
 * shipped articles and seeds demo accounts before the first request is served.
 */
package kb.web.startup;
