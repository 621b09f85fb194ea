/**
 * The search quality harness: loads a BEIR-layout set into a fresh index with the production
 * analyzers and query, and reports nDCG@10, Recall@10 and MRR@10 (and Recall@1/@3 per language for
 * our own development set over {@code content/}). Run it with {@code ./mvnw -q -pl kb-model
 * -Peval}.
 */
package kb.search.eval;
