MATCH (p:Plan {id: $planId})
MATCH (a:Agency {id: $agencyId})
MERGE (p)-[:ISSUED_BY]->(a)
