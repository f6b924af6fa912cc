/**
 * Collects the documents a plan cites: one reference per document, one citation per mention (so
 * the date and issuer each mention states stay visible), and a warning where mentions disagree.
 */
import { fold } from '../../../shared/fold.ts';
import type { Mention } from './mentions.ts';
import type { CitationRecord, ParseWarning, PolicyReferenceRecord } from './types.ts';

/** Collects references (one per key) and citations (one per mention), and reports mentions that disagree. */
export class ReferenceRegistry {
  private readonly references = new Map<string, PolicyReferenceRecord>();
  private readonly inferred = new Map<string, string>();
  readonly citations: CitationRecord[] = [];

  /** Records a mention made by the record `fromId`. */
  add(fromId: string, mention: Mention): void {
    const existing = this.references.get(mention.key);
    if (!existing) {
      this.references.set(mention.key, {
        key: mention.key,
        symbol: mention.symbol,
        name: mention.name,
        docType: mention.docType.vi,
        docTypeEn: mention.docType.en,
        date: mention.date,
        issuer: mention.issuer,
        issuerAgencyId: mention.issuerAgencyId,
        subject: mention.subject,
      });
    } else {
      existing.date ??= mention.date;
      if (!existing.issuer && mention.issuer) {
        existing.issuer = mention.issuer;
        existing.issuerAgencyId = mention.issuerAgencyId;
      }
      existing.subject ??= mention.subject;
    }
    if (mention.inferredIssuerId && !this.inferred.has(mention.key)) this.inferred.set(mention.key, mention.inferredIssuerId);
    this.citations.push({ fromId, referenceKey: mention.key, text: mention.text, date: mention.date, issuer: mention.issuer, line: mention.line });
    this.stated.push({
      key: mention.key,
      label: mention.symbol ?? mention.name ?? mention.key,
      date: mention.date,
      issuer: mention.issuer,
      issuerId: mention.issuerAgencyId,
      line: mention.line,
    });
  }

  private readonly stated: { key: string; label: string; date: string | null; issuer: string | null; issuerId: string | null; line: number }[] = [];

  /**
   * All references; a reference whose mentions name no issuer gets the body its symbol's issuer
   * code stands for ("NQ-HĐND" → the provincial People's Council).
   */
  list(): PolicyReferenceRecord[] {
    return [...this.references.values()].map((ref) => (ref.issuerAgencyId ? ref : { ...ref, issuerAgencyId: this.inferred.get(ref.key) ?? null }));
  }

  /** A `conflicting-reference` warning for each document whose mentions give two dates or two issuers. */
  conflicts(): ParseWarning[] {
    const warnings: ParseWarning[] = [];
    const byKey = new Map<string, (typeof this.stated)[number][]>();
    for (const s of this.stated) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
    for (const mentions of byKey.values()) {
      const firstDate = mentions.find((m) => m.date);
      const otherDate = mentions.find((m) => m.date && m.date !== firstDate?.date);
      if (firstDate && otherDate) {
        warnings.push({
          kind: 'conflicting-reference',
          line: otherDate.line,
          message: `${firstDate.label} is dated ${firstDate.date} at line ${firstDate.line} but ${otherDate.date} at line ${otherDate.line}`,
        });
      }
      const who = (m: (typeof mentions)[number]) => m.issuerId ?? (m.issuer ? fold(m.issuer) : null);
      const firstIssuer = mentions.find((m) => who(m));
      const otherIssuer = mentions.find((m) => who(m) && who(m) !== who(firstIssuer!));
      if (firstIssuer && otherIssuer) {
        warnings.push({
          kind: 'conflicting-reference',
          line: otherIssuer.line,
          message: `${firstIssuer.label} is issued by "${firstIssuer.issuer}" at line ${firstIssuer.line} but by "${otherIssuer.issuer}" at line ${otherIssuer.line}`,
        });
      }
    }
    return warnings;
  }
}
