// Whether any plan is loaded (for /health and start-up seeding).
MATCH (p:Plan) RETURN count(p) AS plans
