// The same kind of body in every province (or in one), found by its glossary key.
MATCH (a:Agency) WHERE a.key IN $keys AND ($province IS NULL OR a.province = $province OR a.province IS NULL)
RETURN a {.id, .key, .name, .nameEn, .level, .kind, .province, .aliases} AS agency
ORDER BY a.province
