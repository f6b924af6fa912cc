/**
 * Tables of a PDF page rebuilt from their ruling lines: the borders give the columns and rows, so
 * a cell whose text wraps over several printed lines stays one cell, and a row comes out as one
 * line with its cells joined by " | ", as the Word and web page readers give a bordered table.
 * - Columns: the distinct x of the vertical rulings; in each row, only the verticals that cross
 *   it divide it (a cell spanning columns is one cell, as in Word).
 * - Rows: the distinct y of the horizontal rulings; where no horizontal ruling closes a cell
 *   from the one above, the two are one merged cell, read in its first row (the rows below get an
 *   empty cell there, as Word's vertically merged cells read).
 * - A table continued on the next page (same columns) is one table: a header row repeated at the
 *   top of the page is dropped, and a row broken across the page (its first cell empty there while
 *   the row above has one) is joined back.
 * Pieces of text are placed by where they start, so text never lands in two cells.
 */
import { joinWrapped, pageLines, type PdfItem } from './pdf-lines.ts';
import type { Ruling, Rulings } from './pdf-rulings.ts';

export interface PdfTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Column boundaries, left to right. */
  columns: number[];
  /** Each row's cells (one per printed cell), text of the cell's lines joined. */
  rows: string[][];
}

/** Rulings closer than this are one line (double borders, rounding). */
const SAME_LINE = 3;

interface Cell {
  left: number;
  right: number;
  /** The cell this one continues (merged from above), or itself. */
  origin: Cell;
  items: PdfItem[];
}

/** Tables found on a page and the items that are not in any of them. */
export function pageTables(rulings: Rulings, items: PdfItem[]): { tables: PdfTable[]; rest: PdfItem[] } {
  const grids = tableGrids(rulings);
  if (grids.length === 0) return { tables: [], rest: items };
  const rest: PdfItem[] = [];
  for (const item of items) {
    const x = item.x + Math.min(1, item.width / 2);
    const y = item.y + item.size * 0.3;
    const cell = grids.map((grid) => grid.cellAt(x, y)).find((found) => found !== undefined);
    if (cell) cell.origin.items.push(item);
    else rest.push(item);
  }
  const tables = grids
    .map((grid) => ({
      top: grid.ys[0]!,
      bottom: grid.ys.at(-1)!,
      left: grid.xs[0]!,
      right: grid.xs.at(-1)!,
      columns: grid.xs,
      rows: grid.rows.map((cells) => cells.map((cell) => (cell.origin === cell ? cellText(cell.items) : ''))).filter((cells) => cells.some(Boolean)),
    }))
    .filter((table) => table.rows.length > 0);
  return { tables, rest };
}

/** True when `next` (at the top of a page) continues `table` (at the end of the page before): the same columns. */
export function continuesTable(table: PdfTable, next: PdfTable): boolean {
  return table.columns.length === next.columns.length && table.columns.every((x, i) => Math.abs(x - next.columns[i]!) < SAME_LINE);
}

/**
 * The rows a continuation adds to a table (`rows`, the table's rows so far): without a header row
 * repeated at the top of the page; a row broken across the page (its first cell empty there, the
 * row above's not) is joined to the row above, given back as `last`.
 */
export function continuation(rows: string[][], next: PdfTable): { last: string[] | null; added: string[][] } {
  const added = [...next.rows];
  const header = rows[0];
  if (header && added[0] && added[0].join('\u0000') === header.join('\u0000')) added.shift();
  const last = rows.at(-1);
  const first = added[0];
  if (last && first && first.length === last.length && first[0] === '' && last[0] !== '') {
    added.shift();
    const joined = last.map((cell, i) => {
      const rest = first[i] ?? '';
      return rest && cell ? joinWrapped(cell, rest) : cell || rest;
    });
    return { last: joined, added };
  }
  return { last: null, added };
}

function cellText(items: PdfItem[]): string {
  return pageLines(items)
    .flatMap((line) => line.segments.map((segment) => segment.text))
    .reduce((text, line) => (text ? joinWrapped(text, line) : line), '');
}

interface Grid {
  xs: number[];
  ys: number[];
  rows: Cell[][];
  cellAt(x: number, y: number): Cell | undefined;
}

/** Groups rulings that touch into tables; a group with at least two columns (not a frame around one box) is a table. */
function tableGrids(rulings: Rulings): Grid[] {
  const horizontal = mergeCollinear(rulings.horizontal);
  const vertical = mergeCollinear(rulings.vertical);
  // Union-find over rulings: a horizontal and a vertical that cross or touch belong to one table.
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (v.at >= h.from - SAME_LINE && v.at <= h.to + SAME_LINE && h.at >= v.from - SAME_LINE && h.at <= v.to + SAME_LINE)
        parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const groups = new Map<number, { horizontal: Ruling[]; vertical: Ruling[] }>();
  horizontal.forEach((h, i) => group(find(i)).horizontal.push(h));
  vertical.forEach((v, j) => group(find(horizontal.length + j)).vertical.push(v));
  return [...groups.values()].map(grid).filter((found): found is Grid => found !== null);

  function group(root: number) {
    let found = groups.get(root);
    if (!found) groups.set(root, (found = { horizontal: [], vertical: [] }));
    return found;
  }
}

function grid({ horizontal, vertical }: { horizontal: Ruling[]; vertical: Ruling[] }): Grid | null {
  const xs = distinct(vertical.map((v) => v.at)).sort((a, b) => a - b);
  const ys = distinct(horizontal.map((h) => h.at)).sort((a, b) => b - a);
  if (xs.length < 3 || ys.length < 2) return null;
  const crosses = (lines: Ruling[], at: number, point: number) =>
    lines.some((line) => Math.abs(line.at - at) < SAME_LINE && line.from - SAME_LINE <= point && point <= line.to + SAME_LINE);
  const rows: Cell[][] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const middle = (ys[r]! + ys[r + 1]!) / 2;
    const bounds = xs.filter((x, i) => i === 0 || i === xs.length - 1 || crosses(vertical, x, middle));
    const cells: Cell[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const cell: Cell = { left: bounds[c]!, right: bounds[c + 1]!, origin: null as unknown as Cell, items: [] };
      const centre = (cell.left + cell.right) / 2;
      // No ruling between this cell and the one above: one merged cell.
      const above = r > 0 && !crosses(horizontal, ys[r]!, centre) ? rows[r - 1]!.find((up) => up.left <= centre && centre <= up.right) : undefined;
      cell.origin = above ? above.origin : cell;
      cells.push(cell);
    }
    rows.push(cells);
  }
  return {
    xs,
    ys,
    rows,
    cellAt(x, y) {
      if (x < xs[0]! || x > xs.at(-1)! || y > ys[0]! || y < ys.at(-1)!) return undefined;
      const r = ys.findIndex((top, i) => i + 1 < ys.length && y <= top && y >= ys[i + 1]!);
      return r < 0 ? undefined : rows[r]!.find((cell) => x >= cell.left && x <= cell.right);
    },
  };
}

/** Collinear pieces of one line (a border drawn cell by cell) joined into one ruling. */
function mergeCollinear(rulings: Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Ruling[] = [];
  for (const ruling of sorted) {
    const same = merged.find((line) => Math.abs(line.at - ruling.at) < 1 && ruling.from <= line.to + SAME_LINE && ruling.to >= line.from - SAME_LINE);
    if (same) {
      same.from = Math.min(same.from, ruling.from);
      same.to = Math.max(same.to, ruling.to);
    } else merged.push({ ...ruling });
  }
  return merged;
}

/** Values closer than SAME_LINE are one (their mean). */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const value of sorted) {
    const last = clusters.at(-1);
    if (last && value - last.at(-1)! < SAME_LINE) last.push(value);
    else clusters.push([value]);
  }
  return clusters.map((cluster) => cluster.reduce((a, b) => a + b, 0) / cluster.length);
}
