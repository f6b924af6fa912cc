// One plan's weaknesses with what a comparison reads: statement, causes, tasks, lead and
// coordinating units (with their glossary keys, to tell the same kind of body across provinces),
// and the words the importer stored for the recurrence method the plan was linked by.
MATCH (plan:Plan {id: $planId})-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(w:Weakness)
RETURN plan {.id, .symbol, .title, .province, .date, .recurrenceMethod, synthetic: coalesce(plan.synthetic, false)} AS plan,
       w {.id, .code, .statement, .deadlineText, .statementWords, .contextWords,
          section: section {.id, .numeral, .title},
          leads: COLLECT { MATCH (a:Agency)-[:LEADS]->(w) RETURN a {.id, .key, .name, .nameEn, .level, .kind, .province, .aliases} ORDER BY a.name },
          coordinators: COLLECT { MATCH (a:Agency)-[:COORDINATES]->(w) RETURN a {.id, .key, .name, .nameEn, .level, .kind, .province, .aliases} ORDER BY a.name },
          causes: COLLECT { MATCH (w)-[:HAS_CAUSE]->(c:Cause) RETURN c.text ORDER BY c.order },
          tasks: COLLECT { MATCH (w)-[:HAS_TASK]->(t:Task) RETURN t.text ORDER BY t.order }} AS weakness
ORDER BY section.order, w.order
