/**
 * `npx tsx bench/read-documents.ts` — read + parse time of the seed plan in every file format and
 * encoding the importer takes (renderings made as the unit tests make them), median of 5 runs
 * after one warm-up. Prints a markdown table.
 */
import { parseDocument } from '../server/src/ingest/documents/parse-document.ts';
import { encodeVni } from '../server/src/ingest/documents/vni.ts';
import { loadGlossary } from '../server/src/graph/plan-source.ts';
import { seedText } from '../tests/unit/ingest/helpers.ts';
import { nfd, seedDocx, seedHtml, seedPdf, tcvn3, utf16le, windows1258 } from '../tests/unit/documents/seed-renderings.ts';

const glossary = await loadGlossary();
const cases: [string, Uint8Array][] = [
  ['text, UTF-8', Buffer.from(seedText)],
  ['text, UTF-16', utf16le()],
  ['text, NFD', nfd()],
  ['text, Windows-1258', windows1258()],
  ['text, TCVN3', tcvn3()],
  ['text, VNI', encodeVni(seedText)],
  ['web page (.html)', Buffer.from(seedHtml())],
  ['Word (.docx)', await seedDocx()],
  ['PDF', await seedPdf()],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log('| file | size (KB) | read + parse, median of 5 (ms) |\n| --- | ---: | ---: |');
for (const [name, bytes] of cases) {
  await parseDocument(bytes, { fileName: name, glossary });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await parseDocument(bytes, { fileName: name, glossary });
    times.push(performance.now() - started);
  }
  console.log(`| ${name} | ${Math.round(bytes.length / 1024)} | ${median(times).toFixed(0)} |`);
}
