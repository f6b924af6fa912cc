// An agency asked for by its id.
MATCH (a:Agency {id: $id})
RETURN a {.id, .key, .name, .nameEn, .level, .kind, .province, .aliases} AS agency
