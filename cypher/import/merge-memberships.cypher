UNWIND $rows AS row
MATCH (member:Agency {id: row.memberId})
MATCH (group:Agency {id: row.groupId})
MERGE (member)-[:MEMBER_OF]->(group)
