// Documents by number of citing mentions over all plans (one CITES relationship per mention).
// Every document is a candidate, read through the reference_id index; its count is its stored
// CITES degree, so no citation is followed. (One plan's: overview-plan-most-cited.cypher.)
MATCH (r:PolicyReference) WHERE r.id IS NOT NULL
WITH r, COUNT { (r)<-[:CITES]-() } AS citations
WHERE citations > 0
RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference, citations
ORDER BY citations DESC, r.id
LIMIT $limit
