// Weakness counts per section of each plan.
MATCH (p:Plan)-[:HAS_SECTION]->(s:Section)
WHERE $planId IS NULL OR p.id = $planId
RETURN p {.id, .symbol, .title, .province, .date, synthetic: coalesce(p.synthetic, false)} AS plan, s {.id, .numeral, .title} AS section,
       COUNT { (s)-[:HAS_WEAKNESS]->() } AS weaknesses
ORDER BY p.date, p.id, s.order
