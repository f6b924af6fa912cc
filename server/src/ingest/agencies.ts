/**
 * Turns matches into the plan's Agency records: ids scoped by province for local bodies, unit lists
 * split into members, partner phrases ("phối hợp với ...") read out of task text, and collectives'
 * members filled from the specific bodies the plan names. A body the glossary lacks but whose form
 * is clear is kept as unverified; a unit that is neither is reported, never guessed.
 */
import { slug } from '../../../shared/fold.ts';
import type { AgencyMatch, AgencyMatcher } from './agency-matcher.ts';
import { templateName } from './agency-forms.ts';
import { foldCached } from './fold-cache.ts';
import type { AgencyRecord, GlossaryEntry, ParseWarning } from './types.ts';

/** Capitalised words that open the name of a unit: text starting so that is not matched is reported. */
const UNIT_HEAD =
  /^(?:các\s+)?(?:Sở|Ban|Bộ|UBND|Ủy ban|Uỷ ban|Cục|Chi cục|Tổng cục|Trung tâm|Văn phòng|Hiệp hội|Hội|Liên đoàn|Ngân hàng|Kho bạc|Công an|Thanh tra|Bảo hiểm)\s+\p{Lu}|^(?:các\s+)?(?:đơn vị|cơ quan)\s/u;

/**
 * People who act for a body ("Người đứng đầu các ngành, địa phương, đơn vị phải …", "Giám đốc các
 * sở …"): the task belongs to the body they head.
 */
const ROLE = /^(?:Người đứng đầu|Thủ trưởng|Lãnh đạo|Giám đốc|Chủ tịch|Trưởng)\s+(?=\S)/iu;

/** Folded cue words after which partners are named: "phối hợp (chặt chẽ) với", "đấu mối với" ("phối hp" is a misprint seen in plans). */
const PARTNER_CUE = /(?:phoi h(?:o)?p|dau moi)(?: chat che)?(?: voi)? /g;

export class AgencyRegistry {
  private readonly records = new Map<string, AgencyRecord>();
  /** Whether each recorded body belongs to the collectives of its level (from its glossary or form entry). */
  private readonly members = new Map<string, boolean>();
  /** Line where each unverified body was first named, for the report. */
  private readonly firstSeen = new Map<string, { line: number; text: string }>();
  private readonly provinceSlug: string;

  constructor(
    readonly matcher: AgencyMatcher,
    readonly province: string,
  ) {
    this.provinceSlug = slug(province);
  }

  /** The id a glossary entry gets in this plan's province. */
  idOf(entry: GlossaryEntry): string {
    return entry.level === 'central' ? entry.key : `${this.provinceSlug}/${entry.key}`;
  }

  /**
   * Records the body as named by the plan and returns its id.
   * @param recognisedBy the form that recognised a body the glossary lacks; it is then unverified.
   */
  use(entry: GlossaryEntry, recognisedBy: string | null = null): string {
    const id = this.idOf(entry);
    if (!this.records.has(id)) {
      const local = entry.level !== 'central';
      const fill = (text: string) => text.replaceAll('{province}', this.province);
      this.records.set(id, {
        id,
        key: entry.key,
        name: fill(entry.name),
        nameEn: entry.nameEn ? fill(entry.nameEn) : null,
        level: entry.level,
        kind: entry.kind,
        aliases: entry.aliases.map(fill),
        province: local ? this.province : null,
        memberIds: [],
        verified: recognisedBy === null,
        recognisedBy,
      });
      this.members.set(id, entry.collectiveMember !== false);
    }
    return id;
  }

  /** Ids of matches, recorded, without repeats; `line` is where they were named. */
  idsOf(matches: AgencyMatch[], line: number): string[] {
    return unique(
      matches.map((m) => {
        const id = this.use(m.entry, m.recognisedBy);
        if (m.recognisedBy && !this.firstSeen.has(id)) this.firstSeen.set(id, { line, text: m.text });
        return id;
      }),
    );
  }

  /** Splits a whole unit list (after "Đơn vị chủ trì:"), warning about each fragment it cannot match. */
  resolveList(text: string, line: number, warnings: ParseWarning[]): string[] {
    const { matches, unmatched } = this.matcher.splitList(text);
    for (const fragment of unmatched) {
      warnings.push({ kind: 'unmatched-unit', line, message: `unit "${fragment}" is not in the agency glossary` });
    }
    return this.idsOf(matches, line);
  }

  /**
   * Bodies a text opens with, as its grammatical subject ("Sở X, UBND các huyện... tiếp tục ...",
   * "Người đứng đầu các ngành ... phải ..."), and where that list ends. Warns when the text opens
   * with something that looks like a unit but is neither in the glossary nor of a known form.
   */
  subjectOf(text: string, line: number, warnings: ParseWarning[]): { ids: string[]; end: number } {
    const role = ROLE.exec(text);
    // "Chủ tịch UBND tỉnh" is a body of its own in the glossary, so a role is only stripped when the whole does not match.
    const at = role && !this.matcher.matchAt(text, 0) ? role[0].length : 0;
    const { matches, end, skipped } = this.matcher.leadingList(text, at);
    for (const fragment of skipped)
      warnings.push({ kind: 'unmatched-unit', line, message: `unit "${fragment}" in a list of owners is not in the agency glossary` });
    if (matches.length === 0) {
      if (UNIT_HEAD.test(text) && !/^các\s+(?:đơn vị|cơ quan)\s/iu.test(text)) {
        warnings.push({ kind: 'unmatched-unit', line, message: `task subject "${fragmentAt(text, 0)}" is not in the agency glossary` });
      }
      return { ids: [], end: 0 };
    }
    return { ids: this.idsOf(matches, line), end };
  }

  /** Bodies named as partners inside a text: after "phối hợp với", "phối hợp chặt chẽ với", "đấu mối với". */
  partnersIn(text: string, line: number, warnings: ParseWarning[]): string[] {
    const ft = foldCached(text);
    const ids: string[] = [];
    for (const cue of ft.folded.matchAll(PARTNER_CUE)) {
      const at = ft.map[cue.index + cue[0].length]!;
      const { matches } = this.matcher.leadingList(text, at);
      if (matches.length > 0) ids.push(...this.idsOf(matches, line));
      else if (UNIT_HEAD.test(text.slice(at))) {
        warnings.push({ kind: 'unmatched-unit', line, message: `partner "${fragmentAt(text, at)}" is not in the agency glossary` });
      }
    }
    return unique(ids);
  }

  /** One warning per unverified body, at the line that first names it. */
  unverifiedWarnings(): ParseWarning[] {
    return [...this.firstSeen].map(([id, seen]) => {
      const record = this.records.get(id)!;
      return {
        kind: 'unverified-unit',
        line: seen.line,
        message: `unit "${record.name}" is not in the agency glossary; recognised by its form "${record.recognisedBy}" and kept as unverified (add it to the glossary to verify it)`,
      };
    });
  }

  /** All agencies recorded, collectives with the plan's specific bodies of their member levels. */
  finish(glossary: readonly GlossaryEntry[]): AgencyRecord[] {
    const byKey = new Map(glossary.map((entry) => [entry.key, entry]));
    const all = [...this.records.values()];
    for (const group of all) {
      const levels = byKey.get(group.key)?.memberLevels ?? [];
      if (group.kind !== 'collective' || levels.length === 0) continue;
      group.memberIds = all.filter((body) => body.kind === 'body' && levels.includes(body.level) && this.members.get(body.id)).map((body) => body.id);
    }
    return all;
  }
}

/**
 * Glossary entries for the plan's unverified bodies, ready to paste into `seeds/agencies.json`: the
 * plan's province becomes "{province}" so the entry serves every province, and "nameEn" is left
 * empty for whoever verifies the entry to fill in.
 */
export function glossarySuggestions(agencies: readonly AgencyRecord[]): GlossaryEntry[] {
  return agencies
    .filter((agency) => !agency.verified)
    .map((agency) => ({
      key: agency.key,
      name: templateName(agency.name, agency.province),
      nameEn: '',
      level: agency.level,
      kind: agency.kind,
      aliases: [],
    }));
}

/**
 * The report's block for the plan's unverified bodies: glossary entries one per line, in the
 * glossary's own layout, ready to paste into the "agencies" array once "nameEn" is filled in.
 * Empty when every body is verified.
 */
export function glossarySuggestionReport(agencies: readonly AgencyRecord[]): string[] {
  const entries = glossarySuggestions(agencies);
  if (entries.length === 0) return [];
  return [
    `unverified agencies (${entries.length}), recognised by the form of their names; to verify them, fill in "nameEn" and paste into seeds/agencies.json:`,
    ...entries.map(
      (entry) =>
        `    { ${Object.entries(entry)
          .map(([field, value]) => `${JSON.stringify(field)}: ${JSON.stringify(value)}`)
          .join(', ')} },`,
    ),
  ];
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function fragmentAt(text: string, at: number): string {
  return text
    .slice(at)
    .split(/[,;:]|\s(?:chủ trì|phối hợp|tham mưu|tiếp tục|thực hiện)\s/u)[0]!
    .trim()
    .slice(0, 80);
}
