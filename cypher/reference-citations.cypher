// Every mention of one document: the citing item, where it sits (plan, section, weakness), what
// the mention states, and the agencies responsible for the item.
MATCH (ref:PolicyReference {id: $referenceId})<-[mention:CITES]-(item)
CALL (item) {
  WITH item WHERE item:Plan
  RETURN item AS plan, null AS section, null AS weakness
  UNION
  WITH item WHERE item:Weakness
  MATCH (plan:Plan)-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(item)
  RETURN plan, section, item AS weakness
  UNION
  WITH item WHERE item:Cause OR item:Task
  MATCH (plan:Plan)-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(weakness:Weakness)-[:HAS_CAUSE|HAS_TASK]->(item)
  RETURN plan, section, weakness
}
// A task answers for its owners and partners, and its weakness's lead units stand behind it;
// a weakness or cause, for its weakness's leads and coordinators.
WITH item, mention, plan, section, weakness,
     COLLECT { MATCH (item)-[owns:ASSIGNED_TO|INVOLVES]->(a:Agency)
               RETURN {agency: a {.id, .name, .nameEn, .level, .kind, .province, .aliases}, role: type(owns)} AS duty
               UNION
               MATCH (a:Agency)-[duty:LEADS|COORDINATES]->(weakness)
               WHERE NOT item:Task OR type(duty) = 'LEADS'
               RETURN {agency: a {.id, .name, .nameEn, .level, .kind, .province, .aliases}, role: type(duty)} AS duty } AS agencies
RETURN [label IN labels(item) WHERE label <> 'Entity'][0] AS itemType,
       item.id AS itemId,
       coalesce(item.text, item.statement, item.title) AS text,
       plan {.id, .symbol, .title, .province, .date, synthetic: coalesce(plan.synthetic, false)} AS plan,
       section {.id, .numeral, .title} AS section,
       weakness.id AS weaknessId, weakness.code AS weaknessCode,
       {text: mention.text, date: mention.date, issuer: mention.issuer, line: mention.line,
        sourceFile: item.sourceFile, itemId: item.id} AS mention,
       agencies
ORDER BY plan.date, plan.id, section.order, weakness.order, mention.line
