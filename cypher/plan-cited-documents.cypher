// The documents a plan cites anywhere (preamble, weaknesses, causes, tasks), each once.
MATCH (plan:Plan {id: $planId})
CALL (plan) {
  MATCH (plan)-[:CITES]->(r:PolicyReference) RETURN r
  UNION
  MATCH (plan)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(w:Weakness)-[:CITES]->(r:PolicyReference) RETURN r
  UNION
  MATCH (plan)-[:HAS_SECTION]->(:Section)-[:HAS_WEAKNESS]->(:Weakness)-[:HAS_CAUSE|HAS_TASK]->()-[:CITES]->(r:PolicyReference) RETURN r
}
RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference
ORDER BY r.label
