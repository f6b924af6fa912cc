// Agencies that share weaknesses (as lead or coordinator) or tasks (as owner or partner) with
// the given ones, heaviest first, with the shared items.
MATCH (agency:Agency) WHERE agency.id IN $agencyIds
CALL (agency) {
  MATCH (agency)-[mine:LEADS|COORDINATES]->(w:Weakness)<-[theirs:LEADS|COORDINATES]-(partner:Agency)
  RETURN partner, 'Weakness' AS itemType, w.id AS itemId, w.code AS code, w.statement AS text,
         type(mine) AS role, type(theirs) AS partnerRole, w.planId AS planId
  UNION
  MATCH (agency)<-[mine:ASSIGNED_TO|INVOLVES]-(t:Task)-[theirs:ASSIGNED_TO|INVOLVES]->(partner:Agency)
  MATCH (w:Weakness)-[:HAS_TASK]->(t)
  RETURN partner, 'Task' AS itemType, t.id AS itemId, w.code AS code, t.text AS text,
         type(mine) AS role, type(theirs) AS partnerRole, t.planId AS planId
}
WITH partner, itemType, itemId, code, text, role, partnerRole, planId
WHERE NOT partner.id IN $agencyIds
WITH partner, collect(DISTINCT {itemType: itemType, itemId: itemId, code: code, text: text, role: role,
                                partnerRole: partnerRole, planId: planId}) AS shared
RETURN partner {.id, .name, .nameEn, .level, .kind, .province, .aliases} AS agency, size(shared) AS weight, shared
ORDER BY weight DESC, partner.name
LIMIT $limit
