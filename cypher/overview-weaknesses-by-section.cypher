// Weakness counts per section of each plan, all plans: plans through the plan_id index, each
// section's count its stored HAS_WEAKNESS degree. (One plan: overview-plan-weaknesses-by-section.cypher.)
MATCH (p:Plan)-[:HAS_SECTION]->(s:Section)
WHERE p.id IS NOT NULL
RETURN p {.id, .symbol, .title, .province, .date, synthetic: coalesce(p.synthetic, false)} AS plan, s {.id, .numeral, .title} AS section,
       COUNT { (s)-[:HAS_WEAKNESS]->() } AS weaknesses
ORDER BY p.date, p.id, s.order
