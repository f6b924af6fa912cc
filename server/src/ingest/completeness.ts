/**
 * Tells a whole plan from a cut one. A plan is cut off when it has no signature block, when its
 * text stops mid-sentence, or when its last line announces items that never come (a lead-in
 * ending in ":", a "Nhiệm vụ, giải pháp" heading with nothing under it). The weakness the text
 * stops in is cut too, unless it already has every part the plan's other weaknesses have (its
 * deadline, its tasks) and ends on a finished sentence.
 */
import type { LabelKind } from './labels.ts';
import type { OutlineWeakness } from './outline.ts';
import type { SourceLine } from './source-lines.ts';

export interface Completeness {
  complete: boolean;
  /** The last line of the text when the plan is cut off, else null. */
  truncatedAt: number | null;
  /** Code of the weakness the text stops in, when that weakness is cut. */
  cutWeakness: string | null;
  /** What shows the cut, for the report. */
  reason: string | null;
}

/** Ends like a finished sentence or heading: a stop, a closing bracket or quote, or no words cut off. */
const FINISHED = /[.;!?…)\]"”»'’]$/u;

/**
 * Assesses a located and outlined plan.
 * @param lastLine the last content line (before the signature, or the end of the text).
 */
export function assessCompleteness(signed: boolean, lastLine: SourceLine | null, weaknesses: OutlineWeakness[]): Completeness {
  const text = lastLine?.text ?? '';
  const leadIn = /:\s*$/.test(text);
  const midSentence = !signed && text !== '' && !FINISHED.test(text) && !leadIn && !isHeadingLike(text);
  const reasons: string[] = [];
  if (!signed) reasons.push('no signature block');
  if (midSentence) reasons.push(`it stops mid-sentence ("…${text.slice(-40)}")`);
  if (leadIn) reasons.push(`its last line announces items that do not follow ("…${text.slice(-40)}")`);
  if (reasons.length === 0) return { complete: true, truncatedAt: null, cutWeakness: null, reason: null };

  const last = weaknesses.at(-1);
  let cutWeakness: string | null = null;
  if (last && lastLine && last.endLine >= lastLine.line) {
    const others = weaknesses.slice(0, -1);
    const missing = usualParts(others).filter((kind) => !hasPart(last, kind));
    if (missing.length > 0 || midSentence || leadIn) {
      cutWeakness = last.code;
      if (missing.length > 0) reasons.push(`weakness ${last.code} lacks its ${missing.map(partName).join(' and ')}`);
    }
  }
  return { complete: false, truncatedAt: lastLine?.line ?? null, cutWeakness, reason: reasons.join('; ') };
}

/** A line that may end without a stop: a heading, a deadline ("Năm 2022"), a bare unit name. */
function isHeadingLike(text: string): boolean {
  if (text.length >= 120 || /,$/.test(text)) return false;
  return (
    /^(?:\d+(?:\.\d+)*\.?|[IVXL]+\.|[a-zđ]\))\s/u.test(text) ||
    /(?:19|20)\d{2}$/.test(text) ||
    (/^[^\d\s!-/:-@[-`{-~“”‘’–—•]/.test(text) && text.split(/\s+/).length <= 8)
  );
}

/** The parts most of the plan's other weaknesses have: a cut weakness is missing some of them. */
function usualParts(others: OutlineWeakness[]): LabelKind[] {
  const parts: LabelKind[] = ['deadline', 'tasks'];
  if (others.length === 0) return ['deadline'];
  return parts.filter((kind) => others.filter((w) => hasPart(w, kind)).length >= others.length * 0.6);
}

function hasPart(weakness: OutlineWeakness, kind: LabelKind): boolean {
  if (kind === 'deadline') return weakness.deadline?.value != null;
  if (kind === 'tasks') return weakness.tasks.length > 0;
  return weakness.labelKinds.includes(kind);
}

function partName(kind: LabelKind): string {
  return kind === 'deadline' ? 'deadline ("Thời gian khắc phục")' : 'tasks';
}
