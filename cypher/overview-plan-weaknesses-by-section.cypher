// Weakness counts per section of one plan. (All plans: overview-weaknesses-by-section.cypher.)
MATCH (p:Plan {id: $planId})-[:HAS_SECTION]->(s:Section)
RETURN p {.id, .symbol, .title, .province, .date, synthetic: coalesce(p.synthetic, false)} AS plan, s {.id, .numeral, .title} AS section,
       COUNT { (s)-[:HAS_WEAKNESS]->() } AS weaknesses
ORDER BY s.order
