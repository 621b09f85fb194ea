package kb.search;

/** A hit and its score in one ranking: BM25 for the lexical one, cosine similarity by meaning. */
record Scored(SearchHit hit, float score) {}
