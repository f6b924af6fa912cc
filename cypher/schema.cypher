// Constraints and indexes for the accountability graph. Applied at every start; each statement is
// idempotent (IF NOT EXISTS), so a restart or a second server never fails on them.

// Identity: every node is found by its `id` (a uniqueness constraint is also the index that
// traversals seek on, so no traversal starts with a label scan).
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT weakness_id IF NOT EXISTS FOR (n:Weakness) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cause_id IF NOT EXISTS FOR (n:Cause) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reference_id IF NOT EXISTS FOR (n:PolicyReference) REQUIRE n.id IS UNIQUE;
// Every node also carries `Entity`, so traversals that start from an id of any kind (paths,
// neighbourhoods) seek one index instead of trying each label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// The one data-version node (cypher/data-version.cypher): read by a seek, and MERGEd by concurrent
// imports without ever making two.
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE;
// One lock node per province, taken first by each import or removal of its plans
// (cypher/import/lock-province.cypher); unique, so concurrent first imports never make two.
CREATE CONSTRAINT province_import_lock_id IF NOT EXISTS FOR (n:ProvinceImportLock) REQUIRE n.id IS UNIQUE;

// Re-importing a plan deletes the nodes it owns by `planId`.
CREATE INDEX section_plan IF NOT EXISTS FOR (n:Section) ON (n.planId);
CREATE INDEX weakness_plan IF NOT EXISTS FOR (n:Weakness) ON (n.planId);
CREATE INDEX cause_plan IF NOT EXISTS FOR (n:Cause) ON (n.planId);
CREATE INDEX task_plan IF NOT EXISTS FOR (n:Task) ON (n.planId);

// Name resolution: agencies by glossary key (the same body in every province), references by
// normalised symbol (a provincial symbol recurs in every province); free-text names go through the
// full-text index below.
CREATE INDEX agency_key IF NOT EXISTS FOR (n:Agency) ON (n.key);
CREATE INDEX reference_symbol IF NOT EXISTS FOR (n:PolicyReference) ON (n.symbol);
// Loosely written symbols ("08/NQ-TU", "nq 08-NQ/TU") are matched on their letters and digits.
CREATE INDEX reference_symbol_key IF NOT EXISTS FOR (n:PolicyReference) ON (n.symbolKey);
CREATE INDEX plan_symbol IF NOT EXISTS FOR (n:Plan) ON (n.symbol);
// The generated API's `weaknesses(where: { ongoing: { eq: true } })` (the Query tab's examples)
// then starts from this index instead of reading every weakness.
CREATE INDEX weakness_ongoing IF NOT EXISTS FOR (n:Weakness) ON (n.ongoing);

// Full-text search over every label. `searchText` is pre-folded by the importer (diacritics,
// "đ" → "d", case), and the analyser folds again so a query typed with diacritics matches too.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Plan|Section|Weakness|Cause|Task|Agency|PolicyReference) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Agency names alone, so that resolving "DONRE" or "so tai nguyen" is not crowded out by tasks
// that mention the same words.
CREATE FULLTEXT INDEX agency_names IF NOT EXISTS
FOR (n:Agency) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Plans imported before plans were marked synthetic or real are real (only generated texts carry
// the marker); the API's Plan.synthetic is never null. A no-op once every plan has the mark.
MATCH (p:Plan) WHERE p.synthetic IS NULL SET p.synthetic = false;

// Agencies, plans and weaknesses imported before bodies could be unverified and plans cut off were
// all glossary bodies and whole texts; the API's Agency.verified, Plan.complete and
// Weakness.complete are never null. No-ops once every node has the property.
MATCH (a:Agency) WHERE a.verified IS NULL SET a.verified = true;
MATCH (p:Plan) WHERE p.complete IS NULL SET p.complete = true;
MATCH (w:Weakness) WHERE w.complete IS NULL SET w.complete = true;
