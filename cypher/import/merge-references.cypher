// The first plan to cite a document sets its description; later plans fill only what is missing,
// and what each mention says (dates, issuers) lives on its CITES relationship.
UNWIND $rows AS row
MERGE (r:PolicyReference {id: row.id})
ON CREATE SET r:Entity, r += row.props, r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
              r.year = toInteger(row.year), r.lineStart = toInteger(row.lineStart), r.lineEnd = toInteger(row.lineEnd)
ON MATCH SET r.date = coalesce(r.date, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END),
             r.year = coalesce(r.year, toInteger(row.year)),
             r.issuer = coalesce(r.issuer, row.props.issuer),
             r.subject = coalesce(r.subject, row.props.subject)
