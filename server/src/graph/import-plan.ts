import { int, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { fold, slug } from '../../../shared/fold.ts';
import { deadlinePeriod } from '../ingest/deadline-period.ts';
import type { AgencyRecord, ParsedPlan, PolicyReferenceRecord, Provenance } from '../ingest/types.ts';
import { bumpDataVersion, settleDataVersion, type DataVersion } from './data-version.ts';
import { linkRecurrences, lockProvince } from './recurrence.ts';
import { loadCypher } from './schema.ts';

/** What one import wrote, for the CLI's report and the tests. */
export interface ImportResult {
  planId: string;
  /** True when the plan was already in the database and was replaced. */
  replaced: boolean;
  /** Shared nodes (agencies, references) that no plan points to any more and were removed. */
  orphansRemoved: number;
  /** True when the stored plan is synthetic: marked in its text, or kept from the plan it replaced. */
  synthetic: boolean;
  /**
   * True when the text carried no synthetic marker but the plan it replaced was synthetic: the mark
   * stays until the plan is removed, so a generated plan can never pass for a real one.
   */
  keptSynthetic: boolean;
  /** Recurrence links written between this plan's weaknesses and the province's other plans. */
  recurrences: number;
  /**
   * The data version this import committed (bumped in its transaction, so cached answers of
   * earlier versions are dead), settled by importPlan once the transaction has committed.
   */
  dataVersion: DataVersion;
}

/** Rows for the UNWIND statements in `cypher/import/`, derived from a parsed plan. */
export interface ImportRows {
  plan: { id: string; date: string; year: number; lineStart: number; lineEnd: number; truncatedAt: number | null; props: Record<string, unknown> };
  planIssuerId: string | null;
  agencies: { id: string; props: Record<string, unknown> }[];
  memberships: { memberId: string; groupId: string }[];
  references: { id: string; date: string | null; year: number | null; lineStart: number; lineEnd: number; props: Record<string, unknown> }[];
  referenceIssuers: { referenceId: string; agencyId: string }[];
  sections: { order: number; lineStart: number; lineEnd: number; props: Record<string, unknown> }[];
  weaknesses: {
    sectionId: string;
    order: number;
    deadlineYears: number[];
    /** First and last day of the deadline (ISO), see deadline-period.ts. */
    dueFrom: string | null;
    dueBy: string | null;
    lineStart: number;
    lineEnd: number;
    props: Record<string, unknown>;
  }[];
  causes: { weaknessId: string; order: number; lineStart: number; lineEnd: number; props: Record<string, unknown> }[];
  tasks: { weaknessId: string; order: number; lineStart: number; lineEnd: number; props: Record<string, unknown> }[];
  responsibilities: { type: 'LEADS' | 'COORDINATES' | 'ASSIGNED_TO' | 'INVOLVES'; agencyId: string; itemId: string }[];
  citations: { fromId: string; referenceId: string; text: string; date: string | null; issuer: string | null; line: number }[];
}

const statements = {
  planContent: loadCypher('import/plan-content-and-neighbours'),
  deleteContent: loadCypher('import/delete-plan-content'),
  mergePlan: loadCypher('import/merge-plan'),
  linkPlanIssuer: loadCypher('import/link-plan-issuer'),
  mergeAgencies: loadCypher('import/merge-agencies'),
  mergeMemberships: loadCypher('import/merge-memberships'),
  mergeReferences: loadCypher('import/merge-references'),
  linkReferenceIssuers: loadCypher('import/link-reference-issuers'),
  createSections: loadCypher('import/create-sections'),
  createWeaknesses: loadCypher('import/create-weaknesses'),
  createCauses: loadCypher('import/create-causes'),
  createTasks: loadCypher('import/create-tasks'),
  link: {
    LEADS: loadCypher('import/link-leads'),
    COORDINATES: loadCypher('import/link-coordinates'),
    ASSIGNED_TO: loadCypher('import/link-assigned-to'),
    INVOLVES: loadCypher('import/link-involves'),
  },
  createCitations: loadCypher('import/create-citations'),
  deleteOrphans: loadCypher('import/delete-orphans'),
  deletePlan: loadCypher('import/delete-plan'),
};

/** Rows per UNWIND: large enough to amortise round trips, small enough to keep each statement's memory flat. */
const BATCH_SIZE = 1000;

/**
 * Writes one parsed plan in a single transaction: all or nothing, the data version's bump
 * included; once it has committed, a second tiny transaction marks that version settled.
 * Re-importing the same plan replaces the nodes it owns and leaves the agencies and references
 * other plans share.
 */
export async function importPlan(driver: Driver, parsed: ParsedPlan, database?: string): Promise<ImportResult> {
  const rows = toImportRows(parsed);
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  let result: ImportResult;
  try {
    result = await session.executeWrite((tx) => writePlan(tx, rows));
  } finally {
    await session.close();
  }
  await settleDataVersion(driver, result.dataVersion, database);
  return { ...result, dataVersion: { ...result.dataVersion, settled: true } };
}

/** The body of the import transaction; exported so tests can inject a failure mid-way. */
export async function writePlan(tx: ManagedTransaction, importRows: ImportRows, afterStep?: (step: string) => void | Promise<void>): Promise<ImportResult> {
  let rows = importRows;
  const planId = rows.plan.id;
  await lockProvince(tx, planId);
  const before = await tx.run(statements.planContent, { planId });
  const ownedIds = before.records[0]?.get('ownedIds') as string[] | undefined;
  const previouslyShared = (before.records[0]?.get('sharedIds') as string[] | undefined) ?? [];
  const keptSynthetic = before.records[0]?.get('storedSynthetic') === true && rows.plan.props.synthetic !== true;
  if (keptSynthetic) rows = markedSynthetic(rows);

  const step = async (name: string, cypher: string, params: Record<string, unknown>) => {
    await tx.run(cypher, params);
    await afterStep?.(name);
  };
  const batched = async <T>(name: string, cypher: string, list: T[], extra: Record<string, unknown> = {}) => {
    for (let i = 0; i < list.length; i += BATCH_SIZE) {
      await tx.run(cypher, { ...extra, rows: list.slice(i, i + BATCH_SIZE) });
    }
    await afterStep?.(name);
  };

  await step('delete-content', statements.deleteContent, { planId });
  await step('plan', statements.mergePlan, { plan: rows.plan });
  await batched('agencies', statements.mergeAgencies, rows.agencies);
  await batched('memberships', statements.mergeMemberships, rows.memberships);
  if (rows.planIssuerId) await step('plan-issuer', statements.linkPlanIssuer, { planId, agencyId: rows.planIssuerId });
  await batched('references', statements.mergeReferences, rows.references);
  await batched('reference-issuers', statements.linkReferenceIssuers, rows.referenceIssuers);
  await batched('sections', statements.createSections, rows.sections, { planId });
  await batched('weaknesses', statements.createWeaknesses, rows.weaknesses);
  await batched('causes', statements.createCauses, rows.causes);
  await batched('tasks', statements.createTasks, rows.tasks);
  for (const [type, cypher] of Object.entries(statements.link)) {
    await batched(
      type,
      cypher,
      rows.responsibilities.filter((link) => link.type === type),
    );
  }
  await batched('citations', statements.createCitations, rows.citations);
  const recurrences = await linkRecurrences(tx, { id: planId, date: rows.plan.date, weaknesses: weaknessTexts(rows) });
  await afterStep?.('recurrences');

  const orphans = await tx.run(statements.deleteOrphans, { ids: previouslyShared });
  // Last, so the version node's lock is held only for the commit.
  const dataVersion = await bumpDataVersion(tx);
  return {
    planId,
    replaced: (ownedIds?.length ?? 0) > 0,
    orphansRemoved: orphans.summary.counters.updates().nodesDeleted,
    synthetic: rows.plan.props.synthetic === true,
    keptSynthetic,
    recurrences,
    dataVersion,
  };
}

/** The rows with every node marked synthetic (the stored plan was, and stays so). */
function markedSynthetic(rows: ImportRows): ImportRows {
  const mark = <T extends { props: Record<string, unknown> }>(list: T[]) => list.map((row) => ({ ...row, props: { ...row.props, synthetic: true } }));
  return {
    ...rows,
    plan: { ...rows.plan, props: { ...rows.plan.props, synthetic: true } },
    sections: mark(rows.sections),
    weaknesses: mark(rows.weaknesses),
    causes: mark(rows.causes),
    tasks: mark(rows.tasks),
  };
}

/** Each weakness's statement, causes and tasks, as the recurrence comparison reads them. */
function weaknessTexts(rows: ImportRows) {
  const texts = new Map(
    rows.weaknesses.map((row) => [
      row.props.id as string,
      { id: row.props.id as string, statement: row.props.statement as string, causes: [] as string[], tasks: [] as string[] },
    ]),
  );
  for (const cause of rows.causes) texts.get(cause.weaknessId)?.causes.push(cause.props.text as string);
  for (const task of rows.tasks) texts.get(task.weaknessId)?.tasks.push(task.props.text as string);
  return [...texts.values()];
}

/**
 * Removes one plan and what it owns, in one transaction that also bumps the data version (settled
 * once it has committed); agencies and documents that no other plan uses go with it. Returns false
 * when no such plan was stored (and the version stays).
 */
export async function removePlan(driver: Driver, planId: string, database?: string): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  let removed: DataVersion | null;
  try {
    removed = await session.executeWrite(async (tx) => {
      const content = async () => {
        const record = (await tx.run(statements.planContent, { planId })).records[0];
        return { owned: (record?.get('ownedIds') as string[] | undefined) ?? [], shared: (record?.get('sharedIds') as string[] | undefined) ?? [] };
      };
      // A plan that is not stored locks nothing (a mistyped id leaves no lock node behind); one
      // that is is read again under the lock, as a concurrent import may just have replaced it.
      if ((await content()).owned.length === 0) return null;
      await lockProvince(tx, planId);
      const { owned, shared } = await content();
      if (owned.length === 0) return null;
      await tx.run(statements.deleteContent, { planId });
      await tx.run(statements.deletePlan, { planId });
      await tx.run(statements.deleteOrphans, { ids: shared });
      return bumpDataVersion(tx);
    });
  } finally {
    await session.close();
  }
  if (removed === null) return false;
  await settleDataVersion(driver, removed, database);
  return true;
}

/** Flattens a parsed plan into the parameter rows of the import statements (pure). */
export function toImportRows(parsed: ParsedPlan): ImportRows {
  const { plan } = parsed;
  const owned = (provenance: Provenance) => ({ planId: plan.id, ...provenanceProps(provenance), synthetic: plan.synthetic });

  const rows: ImportRows = {
    plan: {
      id: plan.id,
      date: plan.date,
      year: plan.year,
      lineStart: plan.provenance.lineStart,
      lineEnd: plan.provenance.lineEnd,
      truncatedAt: plan.truncatedAt,
      props: {
        symbol: plan.symbol,
        docType: plan.docType,
        title: plan.title,
        issuer: plan.issuer,
        province: plan.province,
        place: plan.place,
        signer: plan.signer,
        signerTitle: plan.signerTitle,
        preamble: plan.preamble,
        synthetic: plan.synthetic,
        complete: plan.complete,
        ...provenanceProps(plan.provenance),
        sourceFormat: plan.sourceFormat ?? null,
        sourceEncoding: plan.sourceEncoding ?? null,
        searchText: searchText(plan.symbol, plan.title, plan.province, plan.issuer),
      },
    },
    planIssuerId: plan.issuerAgencyId,
    agencies: parsed.agencies.map((agency) => ({ id: agency.id, props: agencyProps(agency) })),
    memberships: parsed.agencies.flatMap((group) => group.memberIds.map((memberId) => ({ memberId, groupId: group.id }))),
    references: parsed.references.map((reference) => referenceRow(reference, parsed)),
    referenceIssuers: parsed.references
      .filter((reference) => reference.issuerAgencyId)
      .map((reference) => ({ referenceId: reference.key, agencyId: reference.issuerAgencyId! })),
    sections: [],
    weaknesses: [],
    causes: [],
    tasks: [],
    responsibilities: [],
    citations: parsed.citations.map((citation) => ({
      fromId: citation.fromId,
      referenceId: citation.referenceKey,
      text: citation.text,
      date: citation.date,
      issuer: citation.issuer,
      line: citation.line,
    })),
  };

  for (const section of plan.sections) {
    rows.sections.push({
      order: section.order,
      lineStart: section.provenance.lineStart,
      lineEnd: section.provenance.lineEnd,
      props: {
        id: section.id,
        numeral: section.numeral,
        title: section.title,
        ...owned(section.provenance),
        searchText: searchText(section.numeral, section.title),
      },
    });
    for (const weakness of section.weaknesses) {
      rows.weaknesses.push({
        sectionId: section.id,
        order: weakness.order,
        deadlineYears: weakness.deadlineYears,
        ...deadlinePeriod(weakness.deadlineText, { years: weakness.deadlineYears, ongoing: weakness.ongoing }),
        lineStart: weakness.provenance.lineStart,
        lineEnd: weakness.provenance.lineEnd,
        props: {
          id: weakness.id,
          code: weakness.code,
          printedNumber: weakness.printedNumber,
          statement: weakness.statement,
          area: weakness.area,
          deadlineText: weakness.deadlineText,
          ongoing: weakness.ongoing,
          leadText: weakness.leadText,
          coordinatingText: weakness.coordinatingText,
          complete: weakness.complete,
          ...owned(weakness.provenance),
          searchText: searchText(weakness.code, weakness.statement, weakness.area),
        },
      });
      for (const agencyId of weakness.leadAgencyIds) rows.responsibilities.push({ type: 'LEADS', agencyId, itemId: weakness.id });
      for (const agencyId of weakness.coordinatingAgencyIds) {
        rows.responsibilities.push({ type: 'COORDINATES', agencyId, itemId: weakness.id });
      }
      for (const cause of weakness.causes) {
        rows.causes.push({
          weaknessId: weakness.id,
          order: cause.order,
          lineStart: cause.provenance.lineStart,
          lineEnd: cause.provenance.lineEnd,
          props: { id: cause.id, text: cause.text, ...owned(cause.provenance), searchText: searchText(cause.text) },
        });
      }
      for (const task of weakness.tasks) {
        rows.tasks.push({
          weaknessId: weakness.id,
          order: task.order,
          lineStart: task.provenance.lineStart,
          lineEnd: task.provenance.lineEnd,
          props: { id: task.id, text: task.text, ...owned(task.provenance), searchText: searchText(task.text) },
        });
        for (const agencyId of task.assignedAgencyIds) rows.responsibilities.push({ type: 'ASSIGNED_TO', agencyId, itemId: task.id });
        for (const agencyId of task.involvedAgencyIds) rows.responsibilities.push({ type: 'INVOLVES', agencyId, itemId: task.id });
      }
    }
  }
  return rows;
}

function provenanceProps(provenance: Provenance) {
  // Integers, not JavaScript numbers (which Neo4j would store as floats).
  const integer = (value: number | undefined) => (value === undefined ? null : int(value));
  return { sourceFile: provenance.sourceFile, sourceText: provenance.text, page: integer(provenance.page), paragraph: integer(provenance.paragraph) };
}

function agencyProps(agency: AgencyRecord): Record<string, unknown> {
  return {
    key: agency.key,
    name: agency.name,
    nameEn: agency.nameEn,
    level: agency.level,
    kind: agency.kind,
    aliases: agency.aliases,
    province: agency.province,
    verified: agency.verified,
    recognisedBy: agency.recognisedBy,
    searchText: searchText(agency.name, agency.nameEn, ...agency.aliases, agency.province),
  };
}

function referenceRow(reference: PolicyReferenceRecord, parsed: ParsedPlan): ImportRows['references'][number] {
  // A reference's provenance is its first mention in this plan.
  const first = parsed.citations.find((citation) => citation.referenceKey === reference.key);
  const label = reference.symbol ?? reference.name ?? reference.key;
  return {
    id: reference.key,
    date: reference.date,
    year: reference.date ? Number(reference.date.slice(0, 4)) : null,
    lineStart: first?.line ?? parsed.plan.provenance.lineStart,
    lineEnd: first?.line ?? parsed.plan.provenance.lineStart,
    props: {
      symbol: reference.symbol,
      symbolKey: reference.symbol ? slug(reference.symbol) : null,
      name: reference.name,
      label: reference.symbol ? `${reference.docType} ${reference.symbol}` : label,
      docType: reference.docType,
      docTypeEn: reference.docTypeEn,
      issuer: reference.issuer,
      subject: reference.subject,
      sourceFile: parsed.plan.provenance.sourceFile,
      sourceText: first?.text ?? label,
      searchText: searchText(reference.symbol, reference.name, reference.docType, reference.docTypeEn, reference.subject, reference.issuer),
    },
  };
}

/** The folded text the full-text index searches: every name a node answers to, in one string. */
function searchText(...parts: (string | null | undefined)[]): string {
  return fold(parts.filter(Boolean).join(' | '));
}
