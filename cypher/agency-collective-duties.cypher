// The duties the given agencies hold as members of collective groups ("UBND các huyện, thị xã,
// thành phố"), one page: $limit from $offset in plan order, with how many there are in all. A
// body found in every province shares its groups' duties with every district of every plan, so
// the list grows with the corpus: the order and count are taken on bare node references, and only
// the page is projected (text, citations).
MATCH (agency:Agency)-[:MEMBER_OF]->(holder:Agency) WHERE agency.id IN $agencyIds
CALL (holder) {
  MATCH (holder)-[:LEADS]->(w:Weakness) RETURN 'LEADS' AS role, w AS item, w AS weakness
  UNION
  MATCH (holder)-[:COORDINATES]->(w:Weakness) RETURN 'COORDINATES' AS role, w AS item, w AS weakness
  UNION
  MATCH (w:Weakness)-[:HAS_TASK]->(t:Task)-[:ASSIGNED_TO]->(holder) RETURN 'ASSIGNED' AS role, t AS item, w AS weakness
  UNION
  MATCH (w:Weakness)-[:HAS_TASK]->(t:Task)-[:INVOLVES]->(holder) RETURN 'INVOLVED' AS role, t AS item, w AS weakness
}
MATCH (plan:Plan)-[:HAS_SECTION]->(section:Section)-[:HAS_WEAKNESS]->(weakness)
WHERE $planId IS NULL OR plan.id = $planId
WITH DISTINCT role, holder, item, weakness, plan, section
ORDER BY plan.date, plan.id, section.order, weakness.order, CASE WHEN item:Task THEN 1 ELSE 0 END, item.order, holder.id
WITH collect({role: role, holder: holder, item: item, weakness: weakness, plan: plan, section: section}) AS rows
WITH size(rows) AS total, rows[$offset..($offset + $limit)] AS page
// An empty page still returns one row, to carry the total.
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS duty
WITH total, duty, duty.item AS item, duty.weakness AS weakness, duty.holder AS holder, duty.plan AS plan, duty.section AS section
RETURN total,
       CASE WHEN duty IS NULL THEN null ELSE {
         role: duty.role,
         holder: holder {.id, .name, .nameEn, .level, .kind, .province, .aliases},
         via: holder {.id, .name, .nameEn, .level, .kind, .province, .aliases},
         itemType: CASE WHEN item:Task THEN 'Task' ELSE 'Weakness' END,
         itemId: item.id,
         text: coalesce(item.text, item.statement),
         weaknessId: weakness.id, weaknessCode: weakness.code, weaknessStatement: weakness.statement,
         deadlineText: weakness.deadlineText, deadlineYears: coalesce(weakness.deadlineYears, []),
         ongoing: coalesce(weakness.ongoing, false),
         plan: plan {.id, .symbol, .title, .province, .date, synthetic: coalesce(plan.synthetic, false)},
         section: section {.id, .numeral, .title, .order},
         references: COLLECT { MATCH (item)-[:CITES]->(r:PolicyReference)
                               RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference
                               UNION MATCH (weakness)-[:CITES]->(r:PolicyReference) WHERE item <> weakness
                               RETURN r {.id, .symbol, .name, .label, .docType, .docTypeEn, .date, .issuer, .subject} AS reference },
         sourceFile: item.sourceFile, lineStart: item.lineStart, lineEnd: item.lineEnd
       } END AS duty
