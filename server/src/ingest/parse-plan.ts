/**
 * Parses one remediation plan (text of a saved web page) into plain records: the plan, its
 * sections, weaknesses, causes and tasks, the agencies responsible and the documents cited.
 * Pure: no file system, no network; all positions are lines of the text given.
 */
import { AgencyRegistry, unique } from './agencies.ts';
import { parseDeadline } from './deadlines.ts';
import { slug } from '../../../shared/fold.ts';
import { AgencyMatcher } from './agency-matcher.ts';
import { readHeader } from './header.ts';
import { assertUsableText, locateBody, type SourceLine } from './locate-body.ts';
import { buildOutline, type OutlineWeakness } from './outline.ts';
import { assessCompleteness } from './completeness.ts';
import { referenceKey } from './document-symbols.ts';
import { notAPlanReason } from './document-kind.ts';
import { findMentions, type Mention } from './mentions.ts';
import { ReferenceRegistry } from './reference-registry.ts';
import { hasSyntheticMarker } from './synthetic-marker.ts';
import { markerOf } from './markers.ts';
import { buildTableTasks, buildTasks } from './tasks.ts';
import {
  PlanParseError,
  type CauseRecord,
  type Glossary,
  type ParsedPlan,
  type ParseWarning,
  type PlanRecord,
  type Provenance,
  type SectionRecord,
  type TaskRecord,
  type WeaknessRecord,
} from './types.ts';

export interface ParsePlanOptions {
  /** File name for provenance and error messages (no directories). */
  sourceFile: string;
  glossary: Glossary;
  /** Where each line of the text sits in the original file (readDocument's locations): carried into provenance as page and paragraph. */
  locations?: readonly ({ page?: number; paragraph?: number } | null)[] | null;
}

/**
 * Parses a plan.
 * @throws PlanParseError when the text is empty, binary, or not a plan (no header or no sections).
 */
export function parsePlan(text: string, options: ParsePlanOptions): ParsedPlan {
  const { sourceFile, glossary } = options;
  assertUsableText(text, sourceFile);
  const normalized = text.normalize('NFC');
  const location = locateBody(normalized, sourceFile);
  const header = readHeader(location, sourceFile);
  const warnings: ParseWarning[] = [];

  const matcher = new AgencyMatcher(glossary, header.province);
  const agencies = new AgencyRegistry(matcher, header.province);
  const references = new ReferenceRegistry();
  const refContext = { province: header.province, registry: agencies, warnings };
  // An annex names the plan it belongs to ("Kèm theo Kế hoạch số 83/KH-UBND"); a plan does not cite itself.
  const selfKey = referenceKey(header.symbol, header.province);
  // Mentions are registered in line order at the end, so "first mention" means first in the text.
  const pending: { fromId: string; mention: Mention }[] = [];
  const cite = (fromId: string, paras: SourceLine[]) => {
    for (const para of paras)
      for (const mention of findMentions(para.text, para.line, refContext)) if (mention.key !== selfKey) pending.push({ fromId, mention });
  };
  const provenance = (paras: SourceLine[], range?: [number, number]): Provenance => {
    const lineStart = range?.[0] ?? paras[0]!.line;
    const text = paras.map((p) => p.text).join('\n');
    return { sourceFile, lineStart, lineEnd: range?.[1] ?? paras.at(-1)!.line, text, ...options.locations?.[lineStart - 1] };
  };

  const contentLines = location.lines.slice(location.contentStart - 1, location.contentEnd);
  const annexLines = location.annex ? location.lines.slice(location.annex.start - 1, location.annex.end) : [];
  const paras = [...contentLines, ...annexLines].filter((l) => l.text.length > 0);
  const outline = buildOutline(paras);
  warnings.push(...outline.warnings);
  if (outline.sections.length === 0) {
    const cited = new Set(paras.flatMap((para) => findMentions(para.text, para.line, refContext).map((m) => m.key)));
    cited.delete(referenceKey(header.symbol, header.province));
    throw new PlanParseError(sourceFile, notAPlanReason(location.docType, header.symbol, cited.size));
  }
  const lastLine = paras.at(-1) ?? null;
  const completeness = assessCompleteness(
    location.signature !== null,
    lastLine,
    outline.sections.flatMap((s) => s.weaknesses),
  );

  const planId = `${slug(header.province)}/${header.symbol.replaceAll('/', '-')}/${header.year}`;
  const issuerMatch = matcher.matchAt(header.issuer, 0);
  const headerLines = uniqueLines([
    ...location.issuerLines,
    location.numberLine,
    location.dateLine,
    ...(location.docTypeLine ? [location.docTypeLine] : []),
    ...location.titleLines,
  ]);

  const sections: SectionRecord[] = outline.sections.map((section) => {
    // Prefixed, because a section that states its own weakness (II) gives that weakness the code "II".
    const sectionId = `${planId}#section-${section.numeral}`;
    return {
      id: sectionId,
      numeral: section.numeral,
      order: section.order,
      title: section.title,
      provenance: provenance([section.heading], [section.heading.line, section.endLine]),
      weaknesses: section.weaknesses.map((weakness) => buildWeakness(weakness)),
    };
  });

  function buildWeakness(w: OutlineWeakness): WeaknessRecord {
    const id = `${planId}#${w.code}`;
    if (w.printedNumber !== null) cite(id, [w.heading]);
    const deadline = w.deadline?.value ? parseDeadline(w.deadline.value) : { years: [], ongoing: false };
    const causes: CauseRecord[] = w.causes.map((group, index) => {
      const causeId = `${id}/cause-${index + 1}`;
      cite(causeId, group);
      return { id: causeId, order: index + 1, text: group.map((p) => markerOf(p.text).body).join('\n'), provenance: provenance(group) };
    });
    let leadAgencyIds = w.lead?.value ? agencies.resolveList(w.lead.value, w.lead.para.line, warnings) : [];
    let coordinatingAgencyIds = w.coordinating?.value ? agencies.resolveList(w.coordinating.value, w.coordinating.para.line, warnings) : [];
    const drafts = w.tableTasks ? buildTableTasks(w.tableTasks, leadAgencyIds, agencies, warnings) : buildTasks(w.tasks, w.taskOwner, agencies, warnings);
    if (w.tableTasks) {
      // A table that names units per task only: the weakness is led by its tasks' owners, with their partners.
      if (!w.lead) leadAgencyIds = unique(drafts.flatMap((d) => d.assignedIds));
      if (!w.coordinating) coordinatingAgencyIds = unique(drafts.flatMap((d) => d.involvedIds)).filter((id) => !leadAgencyIds.includes(id));
    }
    const tasks: TaskRecord[] = drafts.map((draft, index) => {
      const taskId = `${id}/task-${index + 1}`;
      cite(taskId, draft.paras);
      return {
        id: taskId,
        order: index + 1,
        text: draft.text,
        assignedAgencyIds: draft.assignedIds,
        involvedAgencyIds: draft.involvedIds,
        provenance: provenance(draft.paras),
      };
    });
    return {
      id,
      code: w.code,
      printedNumber: w.printedNumber,
      order: w.order,
      statement: w.statement,
      area: w.area,
      deadlineText: w.deadline?.value ?? null,
      deadlineYears: deadline.years,
      ongoing: deadline.ongoing,
      leadText: w.lead?.value ?? null,
      coordinatingText: w.coordinating?.value ?? null,
      leadAgencyIds,
      coordinatingAgencyIds,
      complete: completeness.cutWeakness !== w.code,
      provenance: provenance([w.heading], [w.startLine, w.endLine]),
      causes,
      tasks,
    };
  }

  cite(planId, outline.preamble);
  cite(planId, outline.planParas);

  if (!completeness.complete) {
    warnings.push({
      kind: 'truncated',
      line: completeness.truncatedAt ?? location.contentEnd,
      message:
        `the text ends at line ${completeness.truncatedAt ?? location.contentEnd}` +
        (completeness.cutWeakness ? `, inside weakness ${completeness.cutWeakness}` : '') +
        `: the plan is cut off (${completeness.reason}); import it with --allow-partial to keep what is there`,
    });
  }

  const plan: PlanRecord = {
    id: planId,
    symbol: header.symbol,
    docType: header.docType,
    title: header.title,
    issuer: header.issuer,
    issuerAgencyId: issuerMatch ? agencies.use(issuerMatch.entry) : null,
    province: header.province,
    place: header.place,
    date: header.date,
    year: header.year,
    signer: header.signer,
    signerTitle: header.signerTitle,
    preamble: outline.preamble.length > 0 ? outline.preamble.map((p) => p.text).join('\n') : null,
    synthetic: hasSyntheticMarker(
      location.lines.map((l) => l.text),
      location.bodyStart,
    ),
    complete: completeness.complete,
    truncatedAt: completeness.truncatedAt,
    provenance: provenance(headerLines, [location.bodyStart, location.bodyEnd]),
    sections,
  };
  pending.sort((x, y) => x.mention.line - y.mention.line || x.mention.start - y.mention.start);
  for (const { fromId, mention } of pending) references.add(fromId, mention);
  warnings.push(...references.conflicts());
  const referenceList = references.list();
  for (const ref of referenceList) {
    const entry = ref.issuerAgencyId ? glossary.agencies.find((e) => agencies.idOf(e) === ref.issuerAgencyId) : undefined;
    if (entry) agencies.use(entry);
  }
  warnings.push(...agencies.unverifiedWarnings());
  warnings.sort((a, b) => a.line - b.line);
  return {
    plan,
    agencies: agencies.finish(glossary.agencies),
    references: referenceList,
    citations: references.citations,
    warnings,
  };
}

/** Lines in order without repeats (the number and the date may share a line). */
function uniqueLines(lines: SourceLine[]): SourceLine[] {
  return lines.filter((line, i) => lines.findIndex((other) => other.line === line.line) === i);
}

/** Node labels and relationship types of the graph, with how many of each a parse yields. */
export interface ParseSummary {
  nodes: Record<'Plan' | 'Section' | 'Weakness' | 'Cause' | 'Task' | 'Agency' | 'PolicyReference', number>;
  relationships: Record<
    'HAS_SECTION' | 'HAS_WEAKNESS' | 'HAS_CAUSE' | 'HAS_TASK' | 'LEADS' | 'COORDINATES' | 'ASSIGNED_TO' | 'INVOLVES' | 'CITES' | 'ISSUED_BY' | 'MEMBER_OF',
    number
  >;
}

/**
 * Counts per node label and relationship type, as the importer will write them. CITES counts
 * mentions (one citation record each); ISSUED_BY counts the plan's and the references' resolved issuers.
 */
export function summarizeParse(parsed: ParsedPlan): ParseSummary {
  const weaknesses = parsed.plan.sections.flatMap((s) => s.weaknesses);
  const tasks = weaknesses.flatMap((w) => w.tasks);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    nodes: {
      Plan: 1,
      Section: parsed.plan.sections.length,
      Weakness: weaknesses.length,
      Cause: sum(weaknesses.map((w) => w.causes.length)),
      Task: tasks.length,
      Agency: parsed.agencies.length,
      PolicyReference: parsed.references.length,
    },
    relationships: {
      HAS_SECTION: parsed.plan.sections.length,
      HAS_WEAKNESS: weaknesses.length,
      HAS_CAUSE: sum(weaknesses.map((w) => w.causes.length)),
      HAS_TASK: tasks.length,
      LEADS: sum(weaknesses.map((w) => w.leadAgencyIds.length)),
      COORDINATES: sum(weaknesses.map((w) => w.coordinatingAgencyIds.length)),
      ASSIGNED_TO: sum(tasks.map((t) => t.assignedAgencyIds.length)),
      INVOLVES: sum(tasks.map((t) => t.involvedAgencyIds.length)),
      CITES: parsed.citations.length,
      ISSUED_BY: (parsed.plan.issuerAgencyId ? 1 : 0) + parsed.references.filter((r) => r.issuerAgencyId).length,
      MEMBER_OF: sum(parsed.agencies.map((a) => a.memberIds.length)),
    },
  };
}
