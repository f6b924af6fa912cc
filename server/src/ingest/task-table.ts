/**
 * Reads plans laid out as a table of tasks, often an annex ("PHỤ LỤC"): rows of cells separated by
 * " | ", under a header naming the columns — STT | Nội dung (Nhiệm vụ, giải pháp) | Đơn vị chủ trì |
 * Đơn vị phối hợp | Thời gian hoàn thành, sometimes with columns for the weakness itself ("Hạn chế,
 * yếu kém") and its causes. Rows numbered in Roman are domains, rows numbered in Arabic group the
 * rows below them, and rows drawn with a bullet or left unnumbered are tasks. Each task's owners
 * are its "chủ trì" cell, its partners the "phối hợp" cell.
 */
import { fold } from '../../../shared/fold.ts';
import type { Labelled, WeaknessBody } from './weakness-body.ts';

export type { TableTask } from './weakness-body.ts';
import type { Para } from './outline-tree.ts';
import { cellsOf, isTableRow } from './source-lines.ts';

type Column = 'index' | 'weakness' | 'cause' | 'task' | 'lead' | 'coordinating' | 'deadline' | 'other';

/** A weakness read from a table, in the shape the outline gives prose weaknesses. */
export interface TableWeakness extends WeaknessBody {
  statement: string;
  heading: Para;
  endLine: number;
  printedNumber: string | null;
}

export interface TableSection {
  title: string;
  heading: Para;
  endLine: number;
  weaknesses: TableWeakness[];
}

interface Row {
  para: Para;
  cells: Partial<Record<Column, string>>;
  /** 1 Roman, 2.. Arabic by depth, 8 letter, 9 bullet or none. */
  level: number;
  printed: string | null;
}

/** Folded header words per column, most specific first. */
const HEADERS: [Column, RegExp][] = [
  ['index', /^(?:stt|tt|so tt|so thu tu)\.?$/],
  ['coordinating', /phoi hop/],
  ['lead', /chu tri|(?:don vi|co quan) (?:thuc hien|chiu trach nhiem)|trach nhiem thuc hien/],
  ['deadline', /thoi gian|thoi han|tien do|hoan thanh/],
  ['cause', /nguyen nhan/],
  ['other', /san pham|ket qua|ghi chu|kinh phi|nguon von/],
  ['weakness', /han che|yeu kem|ton tai/],
  ['task', /nhiem vu|giai phap|noi dung|cong viec|bien phap/],
];

function columnOf(header: string): Column | null {
  const f = fold(header);
  if (!f) return null;
  for (const [column, pattern] of HEADERS) if (pattern.test(f)) return column;
  return null;
}

/** The columns of a header row, or null when the row is not a task table's header. */
function headerColumns(cells: string[]): (Column | null)[] | null {
  const columns = cells.map(columnOf);
  const has = (c: Column) => columns.includes(c);
  if (!(has('task') || has('weakness')) || !(has('lead') || has('coordinating') || has('deadline'))) return null;
  return columns;
}

/** Level and printed number of a row's STT cell ("I", "2", "1.3", "a", "-"). */
function levelOf(stt: string): { level: number; printed: string | null } {
  const t = stt.replace(/[.)]+$/, '').trim();
  if (/^[IVXL]+$/.test(t)) return { level: 1, printed: t };
  if (/^\d+(?:\.\d+)*$/.test(t)) return { level: 1 + t.split('.').length, printed: t };
  if (/^[a-zđ]$/.test(t)) return { level: 8, printed: t };
  return { level: 9, printed: null };
}

/** Splits a cell holding several bulleted items ("- Tham mưu …; - Tổ chức …") into the items. */
function cellItems(cell: string): string[] {
  if (!/^[-–•+◦▪●]\s/u.test(cell)) return cell ? [cell] : [];
  return cell
    .replace(/^[-–•+◦▪●]\s+/u, '')
    .split(/(?<=[.;:!?])\s+[-–•+◦▪●]\s+/u)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Finds task tables among the paragraphs and reads them.
 * @returns the sections read, and the lines the tables occupy (left out of the prose outline).
 */
export function readTaskTables(paras: Para[]): { sections: TableSection[]; lines: Set<number> } {
  const sections: TableSection[] = [];
  const lines = new Set<number>();
  for (let i = 0; i < paras.length; i++) {
    if (!isTableRow(paras[i]!.text)) continue;
    let columns = headerColumns(cellsOf(paras[i]!.text));
    if (!columns) continue;
    lines.add(paras[i]!.line);
    let j = i + 1;
    // A second header row splits "Đơn vị thực hiện" into "Chủ trì | Phối hợp".
    const next = paras[j] && isTableRow(paras[j]!.text) ? cellsOf(paras[j]!.text) : null;
    if (next && next.every((cell) => !cell || columnOf(cell) === 'lead' || columnOf(cell) === 'coordinating')) {
      const spanning = columns.findIndex((c) => c === 'lead');
      if (spanning >= 0 && next.filter(Boolean).length >= 2)
        columns = [...columns.slice(0, spanning), ...next.filter(Boolean).map(columnOf), ...columns.slice(spanning + 1)];
      lines.add(paras[j]!.line);
      j++;
    }
    const rows: Row[] = [];
    for (; j < paras.length && isTableRow(paras[j]!.text); j++) {
      const cells = cellsOf(paras[j]!.text);
      lines.add(paras[j]!.line);
      // "(1) | (2) | (3)" numbers the columns.
      if (cells.every((cell) => /^\(?\d{0,2}\)?$/.test(cell))) continue;
      rows.push(rowOf(paras[j]!, cells, columns));
    }
    sections.push(...readRows(rows, columns, captionOf(paras, i)));
    i = j - 1;
  }
  return { sections, lines };
}

/** The line that titles a table ("NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC …"), or its header row. */
function captionOf(paras: Para[], header: number): Para {
  for (let k = header - 1; k >= 0 && k >= header - 4; k--) {
    const text = paras[k]!.text;
    if (!isTableRow(text) && !/^\(/.test(text) && !/^PHỤ LỤC$/iu.test(text)) return paras[k]!;
  }
  return paras[header]!;
}

function rowOf(para: Para, cells: string[], columns: (Column | null)[]): Row {
  const row: Row = { para, cells: {}, level: 9, printed: null };
  const filled = cells.filter(Boolean);
  if (cells.length < columns.length && filled.length <= 2 && columns.length > 2) {
    // Merged cells: a heading row spanning the table ("I | VỀ PHÁT TRIỂN CÁC NGÀNH KINH TẾ").
    const stt = filled.length === 2 ? filled[0]! : '';
    Object.assign(row, levelOf(stt));
    row.cells.task = filled.at(-1);
    return row;
  }
  cells.forEach((cell, k) => {
    const column = columns[k];
    if (column && cell) row.cells[column] = row.cells[column] ? `${row.cells[column]} ${cell}` : cell;
  });
  if (row.cells.index !== undefined || columns.includes('index')) Object.assign(row, levelOf(row.cells.index ?? ''));
  return row;
}

function readRows(rows: Row[], columns: (Column | null)[], caption: Para): TableSection[] {
  const byWeaknessColumn = columns.includes('weakness');
  const sections: TableSection[] = [];
  let section: TableSection | null = null;
  let weakness: { record: TableWeakness; level: number } | null = null;
  const openSection = (heading: Para, title: string) => {
    section = { title, heading, endLine: heading.line, weaknesses: [] };
    sections.push(section);
    weakness = null;
    return section;
  };
  const openWeakness = (row: Row, statement: string) => {
    const record = newWeakness(row, statement);
    (section ?? openSection(caption, caption.text)).weaknesses.push(record);
    weakness = { record, level: row.level };
    for (const cause of cellItems(row.cells.cause ?? '')) record.causes.push([{ ...row.para, text: cause }]);
    return record;
  };

  rows.forEach((row, k) => {
    const text = row.cells.weakness ?? row.cells.task ?? '';
    const hasChildren = (rows[k + 1]?.level ?? 0) > row.level;
    let target: TableWeakness;
    if (row.level === 1) {
      // A domain (Roman numeral); its rows follow.
      openSection({ ...row.para, text }, text);
      // A domain row naming its units states its own weakness (like section II of the seed).
      if (!row.cells.lead && !row.cells.coordinating && !row.cells.deadline) return;
      target = openWeakness(row, text);
      if (!hasChildren) target.tableTasks!.push({ para: row.para, text, lead: row.cells.lead ?? null, coordinating: row.cells.coordinating ?? null });
      return;
    } else if (byWeaknessColumn) {
      // With a column for the weakness, a filled cell opens one and the rows below add to it.
      target = row.cells.weakness || !weakness ? openWeakness(row, text) : weakness.record;
      if (!row.cells.weakness && weakness) for (const cause of cellItems(row.cells.cause ?? '')) target.causes.push([{ ...row.para, text: cause }]);
    } else if (hasChildren) {
      // A numbered row with rows nested under it states a weakness; the rows under it are its tasks.
      openWeakness(row, text);
      return;
    } else if (!weakness || row.level <= weakness.level) {
      // A task row with no weakness above it: under a domain, the domain states the weakness;
      // at a weakness's own level, the row is a weakness of its own with itself as the task.
      if (!weakness && section && row.level === 9 && section.weaknesses.length === 0)
        target = openWeakness({ ...row, para: section.heading, cells: {} }, section.title);
      else target = openWeakness(row, text);
    } else target = weakness.record;
    const task = byWeaknessColumn ? (row.cells.task ?? '') : text;
    for (const item of cellItems(task)) {
      target.tableTasks!.push({ para: { ...row.para, text: item }, text: item, lead: row.cells.lead ?? null, coordinating: row.cells.coordinating ?? null });
    }
    if (!target.deadline && row.cells.deadline) target.deadline = labelled(row.para, row.cells.deadline);
    target.endLine = row.para.line;
    section!.endLine = row.para.line;
  });
  return sections.filter((s) => s.weaknesses.length > 0);
}

function labelled(para: Para, value: string | undefined): Labelled | null {
  return value ? { para, value } : null;
}

function newWeakness(row: Row, statement: string): TableWeakness {
  return {
    statement,
    heading: { ...row.para, text: statement },
    endLine: row.para.line,
    printedNumber: row.printed,
    causes: [],
    lead: labelled(row.para, row.cells.lead),
    coordinating: labelled(row.para, row.cells.coordinating),
    taskOwner: null,
    tasks: [],
    tableTasks: [],
    deadline: labelled(row.para, row.cells.deadline),
    labelKinds: ['tasks', 'lead', 'deadline'],
    letterLabels: [],
    responsibilityMarks: [],
  };
}
