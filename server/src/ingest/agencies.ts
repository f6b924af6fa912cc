/**
 * Turns glossary matches into the plan's Agency records: ids scoped by province for local bodies,
 * unit lists split into members, partner phrases ("phối hợp với ...") read out of task text, and
 * collectives' members filled from the specific bodies the plan names. Every unit that cannot be
 * matched is reported, never turned into a near-duplicate node.
 */
import { foldWithMap, slug } from '../../../shared/fold.ts';
import type { AgencyMatch, AgencyMatcher } from './glossary.ts';
import type { AgencyRecord, GlossaryEntry, ParseWarning } from './types.ts';

/** Capitalised words that open the name of a unit: text starting so is expected to be in the glossary. */
const UNIT_HEAD =
  /^(?:các\s+)?(?:Sở|Ban|Bộ|UBND|Ủy ban|Uỷ ban|Cục|Chi cục|Tổng cục|Trung tâm|Văn phòng|Hiệp hội|Hội|Liên đoàn|Ngân hàng|Kho bạc|Công an|Thanh tra|Bảo hiểm)\s+\p{Lu}|^(?:các\s+)?(?:đơn vị|cơ quan)\s/u;

/** Folded cue words after which partners are named: "phối hợp (chặt chẽ) với", "đấu mối với" ("phối hp" is a misprint seen in plans). */
const PARTNER_CUE = /(?:phoi h(?:o)?p|dau moi)(?: chat che)?(?: voi)? /g;

export class AgencyRegistry {
  private readonly records = new Map<string, AgencyRecord>();
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

  /** Records the body as named by the plan and returns its id. */
  use(entry: GlossaryEntry): string {
    const id = this.idOf(entry);
    if (!this.records.has(id)) {
      const local = entry.level !== 'central';
      this.records.set(id, {
        id,
        key: entry.key,
        name: entry.name,
        nameEn: entry.nameEn,
        level: entry.level,
        kind: entry.kind,
        aliases: entry.aliases.map((alias) => alias.replaceAll('{province}', this.province)),
        province: local ? this.province : null,
        memberIds: [],
      });
    }
    return id;
  }

  /** Ids of matches, recorded, without repeats. */
  idsOf(matches: AgencyMatch[]): string[] {
    return unique(matches.map((m) => this.use(m.entry)));
  }

  /** Splits a whole unit list (after "Đơn vị chủ trì:"), warning about each fragment it cannot match. */
  resolveList(text: string, line: number, warnings: ParseWarning[]): string[] {
    const { matches, unmatched } = this.matcher.splitList(text);
    for (const fragment of unmatched) {
      warnings.push({ kind: 'unmatched-unit', line, message: `unit "${fragment}" is not in the agency glossary` });
    }
    return this.idsOf(matches);
  }

  /**
   * Bodies a text opens with, as its grammatical subject ("Sở X, UBND các huyện... tiếp tục ..."),
   * and where that list ends. Warns when the text opens with something that looks like a unit but is unknown.
   */
  subjectOf(text: string, line: number, warnings: ParseWarning[]): { ids: string[]; end: number } {
    const { matches, end } = this.matcher.leadingList(text, 0);
    if (matches.length === 0) {
      if (UNIT_HEAD.test(text) && !/^các\s+(?:đơn vị|cơ quan)\s/iu.test(text)) {
        warnings.push({ kind: 'unmatched-unit', line, message: `task subject "${fragmentAt(text, 0)}" is not in the agency glossary` });
      }
      return { ids: [], end: 0 };
    }
    return { ids: this.idsOf(matches), end };
  }

  /** Bodies named as partners inside a text: after "phối hợp với", "phối hợp chặt chẽ với", "đấu mối với". */
  partnersIn(text: string, line: number, warnings: ParseWarning[]): string[] {
    const ft = foldWithMap(text);
    const ids: string[] = [];
    for (const cue of ft.folded.matchAll(PARTNER_CUE)) {
      const at = ft.map[cue.index + cue[0].length]!;
      const { matches } = this.matcher.leadingList(text, at);
      if (matches.length > 0) ids.push(...this.idsOf(matches));
      else if (UNIT_HEAD.test(text.slice(at))) {
        warnings.push({ kind: 'unmatched-unit', line, message: `partner "${fragmentAt(text, at)}" is not in the agency glossary` });
      }
    }
    return unique(ids);
  }

  /** All agencies recorded, collectives with the plan's specific bodies of their member levels. */
  finish(glossary: readonly GlossaryEntry[]): AgencyRecord[] {
    const byKey = new Map(glossary.map((entry) => [entry.key, entry]));
    const all = [...this.records.values()];
    for (const group of all) {
      const levels = byKey.get(group.key)?.memberLevels ?? [];
      if (group.kind !== 'collective' || levels.length === 0) continue;
      group.memberIds = all
        .filter((body) => body.kind === 'body' && levels.includes(body.level) && byKey.get(body.key)?.collectiveMember !== false)
        .map((body) => body.id);
    }
    return all;
  }
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
