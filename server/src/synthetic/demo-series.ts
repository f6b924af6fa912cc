/**
 * The demo series: one province's plans over three consecutive years, made from the seed by named
 * edits, so the explorer has something to show over time. Every plan is synthetic and marked so.
 *
 * What the series holds, by design (seed codes):
 *   - recurring every year, reworded: V.1 (direct investment projects late), VII.2 (land
 *     encroachment), VIII.2 (discipline), IX.2 (mass complaints);
 *   - responsibilities moving: VII.2's lead goes from the Department of Natural Resources and
 *     Environment (2022) to the Department of Construction (2023) to the districts (2024); VIII.1's
 *     from the Department of Home Affairs to the Department of Planning and Investment (2023);
 *   - resolved (gone the next year): I.1 and VI.2 in 2023, more in 2024;
 *   - new: VI.6 (children drowning) and VII.3 (waste water) first appear in 2023;
 *   - merged and split: VI.5 (labour accidents) joins VI.4 (social insurance debts) in 2023;
 *     VII.1 (site clearance) splits into its two clauses in 2023;
 *   - deadlines: "Năm 2022" items that come back in 2023 are overdue and recurring; VII.3's 2023
 *     deadline is a date ("Trước ngày 30/6/2023").
 */
import type { Glossary } from '../ingest/types.ts';
import { makeSeedVariant, readSeed, type PlanSpec, type SeedVariant } from './seed-variant.ts';
import { seedFacts } from './text-rewrites.ts';

export const DEMO_PROVINCE = 'Nghệ An';

export const DEMO_SERIES: readonly PlanSpec[] = [
  {
    province: DEMO_PROVINCE,
    year: 2022,
    number: 61,
    day: 28,
    month: 3,
    signer: 'Nguyễn Văn Hùng',
    drop: ['VI.6', 'VII.3'],
  },
  {
    province: DEMO_PROVINCE,
    year: 2023,
    number: 45,
    day: 20,
    month: 3,
    signer: 'Nguyễn Văn Hùng',
    drop: ['I.1', 'VI.2'],
    merge: [['VI.4', 'VI.5']],
    split: { 'VII.1': 1 },
    reword: { 'IV.1': 'phrases', 'V.1': 'phrases', 'V.3': 'phrases', 'VI.3': 'reordered', 'VII.2': 'phrases', 'IX.2': 'phrases' },
    lead: { 'VII.2': 'Sở Xây dựng; UBND các huyện, thị xã, thành phố.', 'VIII.1': 'Sở Kế hoạch và Đầu tư.' },
    deadline: { 'VII.3': 'Trước ngày 30/6/2023.' },
    dropTasks: { 'VIII.1': [1], 'V.4': [2, 3] },
  },
  {
    province: DEMO_PROVINCE,
    year: 2024,
    number: 38,
    day: 15,
    month: 3,
    signer: 'Lê Hồng Vinh',
    drop: ['I.1', 'I.2', 'VI.2', 'V.3', 'VI.4', 'VI.5', 'VII.1', 'IV.2'],
    reword: { 'V.1': 'shortened', 'VII.2': 'reordered', 'VIII.2': 'phrases', 'IX.2': 'phrases', 'V.4': 'reordered' },
    lead: { 'VII.2': 'UBND các huyện, thị xã, thành phố.' },
    deadline: { 'VIII.2': 'Năm 2024.' },
    dropTasks: { 'IX.1': [1, 2] },
  },
];

/** The demo series' plans, oldest first. */
export function demoSeries(seedText: string, glossary: Glossary): SeedVariant[] {
  const seed = readSeed(seedText, glossary);
  const facts = seedFacts(seedText, glossary);
  return DEMO_SERIES.map((spec) => makeSeedVariant(seedText, seed, facts, spec));
}
