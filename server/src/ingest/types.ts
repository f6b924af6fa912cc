/**
 * The data model of a parsed remediation plan: plain records, no I/O, no Neo4j types.
 *
 * The parser (`parse-plan.ts`) produces a {@link ParsedPlan}; the importer writes it to Neo4j with
 * the labels and relationship types named in each record's doc comment. Every id is globally
 * unique across all plans ever imported, because more plans (other years, other provinces) live
 * beside the first one.
 */
import { ExpectedError } from '../../../shared/errors.ts';

/** Where a record came from, so analysts can check the graph against the paper. */
export interface Provenance {
  /** File name as given to the parser (no directories), e.g. "83-KH-UBND-2022.page.txt". */
  sourceFile: string;
  /** 1-based line numbers in the source file, inclusive. */
  lineStart: number;
  lineEnd: number;
  /**
   * The verbatim source text (one or more paragraphs, joined by "\n"). For Plan, Section and Weakness
   * the line range spans the whole block while the text is its heading (header lines for a Plan).
   */
  text: string;
  /** PDF page where the record starts (1-based); absent for other formats. */
  page?: number;
  /** Paragraph where the record starts, 1-based: of the Word document, or of its PDF page; absent for plain text and web pages (their lines are the place). */
  paragraph?: number;
}

/** Node `Plan`. */
export interface PlanRecord {
  /** Stable key, e.g. "thanh-hoa/83-KH-UBND/2022": the same plan symbol recurs every year and in every province. */
  id: string;
  /** "83/KH-UBND" as printed after "Số:". */
  symbol: string;
  /** Document type as printed above the title, e.g. "KẾ HOẠCH"; normalised to "Kế hoạch". */
  docType: string;
  /** Title line(s) under the document type, verbatim. */
  title: string;
  /** Issuing body as printed in the header, e.g. "ỦY BAN NHÂN DÂN TỈNH THANH HÓA". */
  issuer: string;
  /** Agency id of the issuer when it resolves, e.g. "thanh-hoa/ubnd-tinh". */
  issuerAgencyId: string | null;
  /** Province name with diacritics, e.g. "Thanh Hóa". */
  province: string;
  /** Place of signing as printed before ", ngày ...", e.g. "Thanh Hóa". */
  place: string;
  /** ISO date "2022-03-24". */
  date: string;
  year: number;
  /** Signer's name, e.g. "Đỗ Minh Tuấn", and the capacity printed above it ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
  signer: string | null;
  signerTitle: string | null;
  /** The "Căn cứ ..." preamble, verbatim (its references are cited by the plan). */
  preamble: string | null;
  /**
   * True for a generated plan (bench corpus, demo series, test variants): its text carries the
   * synthetic marker line above the header (see `synthetic-marker.ts`). Real plans never do.
   */
  synthetic: boolean;
  /**
   * False when the text is cut off: no signature block, a last sentence that stops mid-way, or a
   * last line announcing items that never come. The CLI imports such a plan only with --allow-partial.
   */
  complete: boolean;
  /** The line where a cut-off text ends; null for a complete plan. */
  truncatedAt: number | null;
  provenance: Provenance;
  /** How the file was read ("text", "html", "docx", "doc", "pdf"); set by parseDocument, absent when a text was parsed directly. */
  sourceFormat?: string;
  /** The encoding the file's text was decoded from ("utf-8", "windows-1258", "tcvn3", "vni"...); null for Word and PDF files. */
  sourceEncoding?: string | null;
  sections: SectionRecord[];
}

/** Node `Section`; `(Plan)-[:HAS_SECTION]->(Section)`. */
export interface SectionRecord {
  /** `${plan.id}#section-${numeral}`, e.g. "thanh-hoa/83-KH-UBND/2022#section-III" (a weakness may have the code "III"). */
  id: string;
  /** Roman numeral as reckoned by position ("I".."IX"), not trusted from print. */
  numeral: string;
  /** 1-based position among the plan's sections. */
  order: number;
  /** Heading text after the numeral, verbatim. */
  title: string;
  provenance: Provenance;
  weaknesses: WeaknessRecord[];
}

/** Node `Weakness`; `(Section)-[:HAS_WEAKNESS]->(Weakness)`. */
export interface WeaknessRecord {
  /** `${plan.id}#${code}`. */
  id: string;
  /** Code by meaning and position, e.g. "III.1.2" (area 1, item 2 of section III) or "II" when the section is the weakness. */
  code: string;
  /** The number as printed ("1.2."), or null when the weakness is stated by the section heading itself. */
  printedNumber: string | null;
  /** 1-based position within the section. */
  order: number;
  /** The weakness as stated, verbatim (heading text, or the section heading for sections like II). */
  statement: string;
  /** Area heading when nested ("Lĩnh vực nông nghiệp ..."), verbatim; null otherwise. */
  area: string | null;
  /** "Thời gian khắc phục" text, verbatim (e.g. "Năm 2022 và các năm tiếp theo."); null when absent. */
  deadlineText: string | null;
  /** Years named in the deadline, ascending (e.g. [2022]). */
  deadlineYears: number[];
  /** True when the deadline runs on ("và các năm tiếp theo", "từng bước", "thường xuyên"). */
  ongoing: boolean;
  /** The "Đơn vị chủ trì" and "Đơn vị phối hợp" lines after their label, verbatim. */
  leadText: string | null;
  coordinatingText: string | null;
  /** `(Agency)-[:LEADS]->(Weakness)` and `(Agency)-[:COORDINATES]->(Weakness)`. */
  leadAgencyIds: string[];
  coordinatingAgencyIds: string[];
  /** False for the weakness a cut-off text stops in, when it lacks parts the others have or stops mid-sentence. */
  complete: boolean;
  provenance: Provenance;
  causes: CauseRecord[];
  tasks: TaskRecord[];
}

/** Node `Cause`; `(Weakness)-[:HAS_CAUSE]->(Cause)`. */
export interface CauseRecord {
  /** `${weakness.id}/cause-${order}`. */
  id: string;
  order: number;
  text: string;
  provenance: Provenance;
}

/** Node `Task`; `(Weakness)-[:HAS_TASK]->(Task)`. */
export interface TaskRecord {
  /** `${weakness.id}/task-${order}`. */
  id: string;
  order: number;
  /** The task text verbatim (without its bullet; with its "Sở X:" subject when it had one). */
  text: string;
  /** `(Task)-[:ASSIGNED_TO]->(Agency)`: the bodies owning the bullet (its subject, or its parent "- Agency" line). */
  assignedAgencyIds: string[];
  /** `(Task)-[:INVOLVES]->(Agency)`: bodies named inside the text as partners. */
  involvedAgencyIds: string[];
  provenance: Provenance;
}

export type AgencyLevel = 'central' | 'province' | 'district' | 'commune';
export type AgencyKind = 'body' | 'collective';

/** Node `Agency`. One per real body: a provincial department is one body per province. */
export interface AgencyRecord {
  /** Central bodies: the glossary key ("chinh-phu"); local ones are scoped by province ("thanh-hoa/so-tai-nguyen-va-moi-truong"). */
  id: string;
  /** Glossary key, shared by the same kind of body in every province. */
  key: string;
  /** Canonical Vietnamese name ("Sở Tài nguyên và Môi trường"). */
  name: string;
  /** English name ("Department of Natural Resources and Environment"); null until the glossary gives one. */
  nameEn: string | null;
  level: AgencyLevel;
  kind: AgencyKind;
  /** Abbreviations and spelling variants the body also answers to ("Sở TN&MT", "DONRE"). */
  aliases: string[];
  /** Province name for local bodies, null for central ones. */
  province: string | null;
  /** For collectives: the ids of the specific bodies of this plan that belong to the group: `(Agency)-[:MEMBER_OF]->(collective)`. */
  memberIds: string[];
  /**
   * False for a body the glossary lacks, recognised by the form of its name only ("Sở Ngoại vụ"):
   * it is named by the plan, but its name, level and English name are unchecked.
   */
  verified: boolean;
  /** The form that recognised an unverified body ("Sở …"); null for glossary bodies. */
  recognisedBy: string | null;
}

/** Node `PolicyReference`: a resolution, decision, plan, law... cited by the plan. */
export interface PolicyReferenceRecord {
  /**
   * Identity across plans: the normalised symbol ("08-NQ/TU"); provincial symbols (UBND, HĐND, TU...) are
   * scoped by province ("thanh-hoa:79/KH-UBND") since every province numbers its own; unnumbered
   * documents are keyed by folded name, national ones (laws, national target programmes) as
   * "name:luat-dat-dai" and the rest scoped like provincial symbols ("thanh-hoa:name:de-an-thu-hut-dau-tu-...").
   */
  key: string;
  /** Normalised symbol, or null for documents cited by name only. */
  symbol: string | null;
  /** For unnumbered documents, the name as cited ("Luật Đất đai", "Đề án ..."). */
  name: string | null;
  /** Vietnamese document type ("Nghị quyết") and its English ("Resolution"). */
  docType: string;
  docTypeEn: string;
  /** ISO date from the first mention that states one. */
  date: string | null;
  /** Issuer as first stated ("Ban Chấp hành Đảng bộ tỉnh"), and its agency id when it resolves. */
  issuer: string | null;
  issuerAgencyId: string | null;
  /** What the document is about, from the first mention that says ("về phương hướng, nhiệm vụ năm 2022"). */
  subject: string | null;
}

/** `(Plan|Weakness|Cause|Task)-[:CITES]->(PolicyReference)`, one per mention, as the text states it. */
export interface CitationRecord {
  fromId: string;
  referenceKey: string;
  /** The mention verbatim ("Nghị quyết số 08-NQ/TU ngày 06/12/2021 của Ban Chấp hành Đảng bộ tỉnh"). */
  text: string;
  /** Date and issuer as this mention states them (they may disagree with other mentions). */
  date: string | null;
  issuer: string | null;
  line: number;
}

export type WarningKind = 'numbering-repaired' | 'unmatched-unit' | 'unverified-unit' | 'conflicting-reference' | 'truncated' | 'label-variant';

/** Something the parser repaired or could not resolve; each names its source line. */
export interface ParseWarning {
  kind: WarningKind;
  line: number;
  message: string;
}

/** Everything the parser extracts from one plan. */
export interface ParsedPlan {
  plan: PlanRecord;
  /** Every agency the plan names (including references' issuers), deduplicated by id. */
  agencies: AgencyRecord[];
  /** Every policy reference the plan cites, deduplicated by key. */
  references: PolicyReferenceRecord[];
  citations: CitationRecord[];
  warnings: ParseWarning[];
}

/** One entry of the agency glossary (`seeds/agencies.json`): reviewable data, not code. */
export interface GlossaryEntry {
  key: string;
  /** Canonical name; may hold "{province}" or "{place}" slots, filled from the plan. */
  name: string;
  /** English name; "" until someone translates it (entries pasted from the import report). */
  nameEn: string;
  level: AgencyLevel;
  kind: AgencyKind;
  /** Abbreviations (also in English, e.g. "DONRE") and spelling variants; matched after folding. */
  aliases: string[];
  /** For collectives: which levels of specific bodies belong to the group. */
  memberLevels?: AgencyLevel[];
  /**
   * False for bodies that are not among the units a collective of their level stands for: governing
   * organs (UBND, HĐND, Tỉnh ủy sit above "các sở, ban, ngành") and non-state associations. Default true.
   */
  collectiveMember?: boolean;
}

export interface Glossary {
  agencies: GlossaryEntry[];
}

/** Thrown when input is not a plan at all, or is unusable; names the file and the reason. */
export class PlanParseError extends ExpectedError {
  constructor(
    readonly sourceFile: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${sourceFile}${line ? `:${line}` : ''}: ${reason}`);
  }
}
