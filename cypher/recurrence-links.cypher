// The details of recurrence links given as [earlier id, later id] pairs: each side's statement,
// plan, section, lead units and task texts, and the link's score and explanation.
UNWIND $pairs AS pair
MATCH (earlier:Weakness {id: pair[0]})-[link:RECURS_IN]->(later:Weakness {id: pair[1]})
UNWIND [earlier, later] AS w
MATCH (plan:Plan)-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(w)
WITH pair, link, w, plan,
     w {.id, .code, .statement, .deadlineText,
        plan: plan {.id, .symbol, .title, .province, .date, synthetic: coalesce(plan.synthetic, false)},
        section: section {.id, .numeral, .title},
        leads: COLLECT { MATCH (a:Agency)-[:LEADS]->(w) RETURN a {.id, .key, .name, .nameEn, .level, .kind, .province, .aliases} ORDER BY a.name },
        tasks: COLLECT { MATCH (w)-[:HAS_TASK]->(t:Task) RETURN t.text ORDER BY t.order }} AS side
WITH pair, link, collect(side) AS sides
RETURN [s IN sides WHERE s.id = pair[0]][0] AS earlier, [s IN sides WHERE s.id = pair[1]][0] AS later,
       link.score AS score, link.method AS method, coalesce(link.terms, []) AS terms
ORDER BY earlier.plan.date, earlier.id, later.plan.date, later.id
