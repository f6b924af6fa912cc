/**
 * The ruling lines of a PDF page — the borders office software draws around table cells — from
 * pdf.js's operator list. Word and LibreOffice draw a border either as a stroked line or as a thin
 * filled rectangle; both become a horizontal or vertical ruling here, in page coordinates (the
 * current transformation matrix is followed through save/restore, `cm` and form XObjects).
 * Curves, large filled areas (cell shading, page backgrounds) and clipping paths are not rulings.
 */

/** pdf.js operator numbers this module reads (pdf.js's OPS; passed in so the module does not load pdf.js). */
export interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  endPath: number;
  fill: number;
  eoFill: number;
}

/** pdf.js path commands inside constructPath's data (pdf.js DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A horizontal (y fixed, from x0 to x1) or vertical (x fixed, from y0 to y1) line on the page. */
export interface Ruling {
  at: number;
  from: number;
  to: number;
}

export interface Rulings {
  horizontal: Ruling[];
  vertical: Ruling[];
}

type Matrix = [number, number, number, number, number, number];

/** Thicker than this, a filled rectangle is an area, not a line. */
const MAX_THICKNESS = 3;
/** Shorter than this, a line is a mark (an underline of a letter, a tick), not a border. */
const MIN_LENGTH = 6;

/** Rulings drawn by a page's operators. */
export function pageRulings(fnArray: ArrayLike<number>, argsArray: readonly unknown[], ops: PdfOps): Rulings {
  const rulings: Rulings = { horizontal: [], vertical: [] };
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as ArrayLike<number> | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(Array.from(matrix) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const [paint, [data] = []] = args as [number, ArrayLike<number>[] | undefined];
      if (paint === ops.endPath || !data) continue; // a clipping path or nothing painted
      addPath(data, ctm, paint !== ops.fill && paint !== ops.eoFill, rulings);
    }
  }
  return rulings;
}

/** Splits a path into subpaths of straight lines; each subpath is a line or a rectangle, or something else (ignored). */
function addPath(data: ArrayLike<number>, ctm: Matrix, stroked: boolean, rulings: Rulings): void {
  let points: [number, number][] = [];
  const flush = () => {
    addShape(points, stroked, rulings);
    points = [];
  };
  for (let i = 0; i < data.length;) {
    const command = data[i++];
    if (command === MOVE_TO) {
      flush();
      points.push(apply(ctm, data[i++]!, data[i++]!));
    } else if (command === LINE_TO) points.push(apply(ctm, data[i++]!, data[i++]!));
    else if (command === CLOSE_PATH) flush();
    else if (command === CURVE_TO || command === QUADRATIC_CURVE_TO) {
      // A curve makes the subpath a shape, not a border.
      i += command === CURVE_TO ? 6 : 4;
      points = [];
    } else return; // unknown data: stop rather than misread
  }
  flush();
}

function addShape(points: [number, number][], stroked: boolean, rulings: Rulings): void {
  if (points.length < 2) return;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = right - left;
  const height = top - bottom;
  const axisAligned = points.every(([x, y], i) => i === 0 || near(x, points[i - 1]![0]) || near(y, points[i - 1]![1]));
  if (!axisAligned) return;
  if (height <= MAX_THICKNESS && width >= MIN_LENGTH) rulings.horizontal.push({ at: (top + bottom) / 2, from: left, to: right });
  else if (width <= MAX_THICKNESS && height >= MIN_LENGTH) rulings.vertical.push({ at: (left + right) / 2, from: bottom, to: top });
  else if (stroked && points.length >= 4 && points.length <= 5) {
    // A stroked rectangle: its four sides. (A filled one of this size is shading, not a border.)
    rulings.horizontal.push({ at: top, from: left, to: right }, { at: bottom, from: left, to: right });
    rulings.vertical.push({ at: left, from: bottom, to: top }, { at: right, from: bottom, to: top });
  }
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.5;

function apply([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f];
}

/** m × n: first m, then n (PDF's row-vector convention). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
