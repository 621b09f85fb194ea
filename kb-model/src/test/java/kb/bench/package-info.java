/**
 * Benchmark tools run by {@code bench/search-speed.sh}: a generator of articles straight into the
 * database, and an open-model HTTP load generator. They measure; they do not assert.
 */
package kb.bench;
