// Agencies are shared by every plan that names them. A body the glossary knows in any plan's
// import is verified, and stays so when a plan parsed without that glossary entry is re-imported.
UNWIND $rows AS row
MERGE (a:Agency {id: row.id})
WITH a, row, coalesce(a.verified, false) AS wasVerified
SET a:Entity, a += row.props
SET a.verified = wasVerified OR row.props.verified,
    a.recognisedBy = CASE WHEN wasVerified OR row.props.verified THEN null ELSE row.props.recognisedBy END
