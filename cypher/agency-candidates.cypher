// Agencies whose names, English names or abbreviations match a full-text query (already folded
// and escaped by the caller); the resolver then decides between exact, single and ambiguous.
CALL db.index.fulltext.queryNodes('agency_names', $query, {limit: $limit}) YIELD node, score
RETURN node {.id, .key, .name, .nameEn, .level, .kind, .province, .aliases} AS agency, score
ORDER BY score DESC
