// Documents by number of citing mentions.
MATCH (r:PolicyReference)<-[c:CITES]-(x)
WHERE $planId IS NULL OR x.planId = $planId OR x.id = $planId
WITH r, count(c) AS citations
RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference, citations
ORDER BY citations DESC, r.id
LIMIT $limit
