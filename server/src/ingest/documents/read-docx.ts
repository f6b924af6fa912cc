/**
 * .docx (WordprocessingML) → one line per paragraph, with Word's automatic numbers put back in
 * front ("1.2. ", "a) ", "- "), and the 1-based paragraph index as each line's location.
 *
 * The archive is read with fflate and the XML with htmlparser2. mammoth, the maintained .docx
 * reader, loses list numbers, which the parser's outline is built on; reading the few elements
 * that carry text (paragraphs, runs, tables, text boxes) ourselves keeps them.
 *
 * Tables: a table with borders is data (a task table): one line per row, cells joined by " | ",
 * a cell's paragraphs joined by spaces. A borderless table is layout — the two-column header
 * (issuer | national motto; number | place and date) and signature block (recipients | signer)
 * of Vietnamese official documents — and is read column after column, one line per paragraph,
 * as the page reads.
 */
import { unzipSync } from 'fflate';
import { DocumentReadError, type SourceLocation } from './document-text.ts';
import { paragraphNumbering, WordNumbering } from './docx-numbering.ts';
import { decodeFontRun, legacyFont, type LegacyFont } from './legacy-vietnamese.ts';
import { attr, child, children, isOn, localName, parseXml, path, textContent, type Element } from './xml-tree.ts';

interface Line {
  text: string;
  paragraph: number;
}

const RULE = /^[-_=.*\s]{3,}$/;

/** Reads a .docx file's text. */
export function readDocx(bytes: Uint8Array, fileName: string): { text: string; locations: SourceLocation[] } {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'].includes(file.name) });
  } catch (error) {
    throw new DocumentReadError(fileName, `the Word file is damaged (${(error as Error).message})`);
  }
  const xml = (name: string) => (parts[name] ? new TextDecoder().decode(parts[name]) : null);
  const document = parseXml(xml('word/document.xml') ?? '').find((element) => localName(element) === 'document');
  const body = child(document, 'body');
  if (!body) throw new DocumentReadError(fileName, 'the Word file has no document body');
  const stylesXml = xml('word/styles.xml');
  const styles = readStyles(stylesXml);
  const reader = new DocxReader(new WordNumbering(xml('word/numbering.xml'), styles), styles, defaultFont(stylesXml));
  const lines = reader.blocks(body);
  return { text: lines.map((line) => line.text).join('\n'), locations: lines.map((line) => ({ paragraph: line.paragraph })) };
}

function stylesRoot(stylesXml: string | null): Element | undefined {
  return stylesXml ? parseXml(stylesXml).find((element) => localName(element) === 'styles') : undefined;
}

function readStyles(stylesXml: string | null): Map<string, Element> {
  return new Map(children(stylesRoot(stylesXml), 'style').map((style) => [attr(style, 'styleId') ?? '', style]));
}

/** The document's default font (docDefaults), which runs without fonts of their own use. */
function defaultFont(stylesXml: string | null): LegacyFont | null {
  return fontOf(path(stylesRoot(stylesXml), 'docDefaults', 'rPrDefault', 'rPr', 'rFonts'));
}

class DocxReader {
  private paragraphCount = 0;

  /** The legacy font the paragraph being read sets for its runs (its style's, else the document's). */
  private paragraphFont: LegacyFont | null = null;
  private readonly defaultParagraphStyle: string | undefined;

  constructor(
    private readonly numbering: WordNumbering,
    private readonly styles: Map<string, Element>,
    private readonly documentFont: LegacyFont | null,
  ) {
    const normal = [...styles.values()].find((style) => attr(style, 'type') === 'paragraph' && ['1', 'true'].includes(attr(style, 'default') ?? ''));
    this.defaultParagraphStyle = normal && attr(normal, 'styleId');
  }

  /** The lines of a body-like container (body, table cell, text box, content control). */
  blocks(container: Element): Line[] {
    const lines: Line[] = [];
    for (const element of children(container)) {
      const name = localName(element);
      if (name === 'p') lines.push(...this.paragraph(element));
      else if (name === 'tbl') lines.push(...this.table(element));
      else if (name === 'sdt') lines.push(...this.blocks(child(element, 'sdtContent') ?? element));
      else if (name === 'customXml' || name === 'ins' || name === 'moveTo') lines.push(...this.blocks(element));
    }
    return lines;
  }

  private paragraph(p: Element): Line[] {
    const index = ++this.paragraphCount;
    const ref = paragraphNumbering(p, this.styles, this.numbering);
    const label = ref ? this.numbering.next(ref) : '';
    const floating: Line[] = [];
    const styleId = attr(path(p, 'pPr', 'pStyle'), 'val') ?? this.defaultParagraphStyle;
    const styled = styleFont(styleId, this.styles);
    const outer = this.paragraphFont; // a text box's paragraphs are read in the middle of this one
    this.paragraphFont = styled === undefined ? this.documentFont : styled;
    const text = label + this.inline(p, floating);
    this.paragraphFont = outer;
    const lines = text
      .split('\n')
      .map((part) => part.replace(/[ \t]+/g, ' ').trim())
      .filter((part) => part.length > 0)
      .map((part) => ({ text: part, paragraph: index }));
    return [...lines, ...floating];
  }

  /** Text of runs and the containers of runs in a paragraph; text boxes found on the way go to `floating`. */
  private inline(node: Element, floating: Line[]): string {
    let text = '';
    for (const element of children(node)) {
      switch (localName(element)) {
        case 'r':
          text += this.run(element, floating);
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'fldSimple':
        case 'customXml':
        case 'ins':
        case 'moveTo':
        case 'bdo':
        case 'dir':
          text += this.inline(element, floating);
          break;
        case 'sdt':
          text += this.inline(child(element, 'sdtContent') ?? element, floating);
          break;
        // del, moveFrom (tracked deletions), pPr, bookmarks, proofing marks: no visible text.
      }
    }
    return text;
  }

  private run(r: Element, floating: Line[]): string {
    const properties = child(r, 'rPr');
    if (isOn(child(properties, 'vanish'))) return '';
    const own = runFont(properties, this.styles);
    const font = own === undefined ? this.paragraphFont : own;
    let text = '';
    for (const element of children(r)) {
      switch (localName(element)) {
        case 't':
          text += textContent(element);
          break;
        case 'tab':
        case 'ptab':
          text += ' ';
          break;
        case 'br': {
          const type = attr(element, 'type');
          if (type !== 'page' && type !== 'column') text += '\n';
          break;
        }
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'sym':
          text += String.fromCharCode(parseInt(attr(element, 'char') ?? '20', 16));
          break;
        case 'drawing':
        case 'pict':
        case 'object':
        case 'AlternateContent':
          floating.push(...this.textBoxes(element));
          break;
        // instrText (field codes), softHyphen, lastRenderedPageBreak, footnote references: nothing shown.
      }
    }
    if (font) text = decodeFontRun(text, font);
    if (isOn(child(properties, 'caps'))) text = text.toUpperCase();
    return text;
  }

  /** Paragraphs of the text boxes in a drawing; of alternative renderings only the first (mc:Choice) is read, since the others repeat it. */
  private textBoxes(element: Element): Line[] {
    if (localName(element) === 'AlternateContent') {
      const choice = child(element, 'Choice') ?? child(element, 'Fallback');
      return choice ? children(choice).flatMap((inner) => this.textBoxes(inner)) : [];
    }
    if (localName(element) === 'txbxContent') return this.blocks(element);
    return children(element).flatMap((inner) => this.textBoxes(inner));
  }

  private table(tbl: Element): Line[] {
    const rows = children(tbl, 'tr').concat(children(tbl, 'sdt').flatMap((sdt) => children(child(sdt, 'sdtContent'), 'tr')));
    const cellsOf = (tr: Element) => children(tr, 'tc').concat(children(tr, 'sdt').flatMap((sdt) => children(child(sdt, 'sdtContent'), 'tc')));
    const grid = rows.map((tr) =>
      cellsOf(tr).map((tc) => {
        // A cell continuing a vertical merge is empty on the page; its paragraphs (if any) are not shown.
        const merge = path(tc, 'tcPr', 'vMerge');
        const continued = merge !== undefined && attr(merge, 'val') !== 'restart';
        const lines = this.blocks(tc).filter((line) => !RULE.test(line.text));
        return continued ? [] : lines;
      }),
    );
    if (!hasBorders(tbl, this.styles) || grid.every((cells) => cells.length <= 1)) {
      // Layout: column after column, each cell's paragraphs as lines.
      const columns = Math.max(0, ...grid.map((cells) => cells.length));
      const lines: Line[] = [];
      for (let column = 0; column < columns; column++) for (const cells of grid) lines.push(...(cells[column] ?? []));
      return lines;
    }
    return grid
      .filter((cells) => cells.some((cell) => cell.length > 0))
      .map((cells) => ({
        text: cells.map((cell) => cell.map((line) => line.text).join(' ')).join(' | '),
        paragraph: cells.find((cell) => cell.length > 0)![0]!.paragraph,
      }));
  }
}

/** The legacy font of a run, from its own fonts or its character style's: null for another font, undefined when it names none. */
function runFont(properties: Element | undefined, styles: Map<string, Element>): LegacyFont | null | undefined {
  const own = child(properties, 'rFonts');
  return own ? fontOf(own) : styleFont(attr(child(properties, 'rStyle'), 'val'), styles);
}

/** The legacy font a style sets, following basedOn: null for another font, undefined when it sets none. */
function styleFont(styleId: string | undefined, styles: Map<string, Element>): LegacyFont | null | undefined {
  for (let depth = 0; styleId && depth < 10; depth++) {
    const style = styles.get(styleId);
    const fonts = path(style, 'rPr', 'rFonts');
    if (fonts) return fontOf(fonts);
    styleId = attr(child(style, 'basedOn'), 'val');
  }
  return undefined;
}

function fontOf(rFonts: Element | undefined): LegacyFont | null {
  return legacyFont(attr(rFonts, 'ascii') ?? attr(rFonts, 'hAnsi') ?? attr(rFonts, 'cs'));
}

/**
 * True when the table draws its grid. Cells' own borders decide when most cells set them
 * (LibreOffice writes every border on the cells, none on the table); else the table's borders,
 * or its table style's, with a visible line.
 */
function hasBorders(tbl: Element, styles: Map<string, Element>): boolean {
  const visible = (borders: Element | undefined) =>
    borders !== undefined && children(borders).some((side) => !['nil', 'none'].includes(attr(side, 'val') ?? 'none'));
  const cells = children(tbl, 'tr').flatMap((tr) => children(tr, 'tc'));
  const cellBorders = cells.map((tc) => path(tc, 'tcPr', 'tcBorders')).filter((borders) => borders !== undefined && children(borders).length > 0);
  if (cellBorders.length > cells.length / 2) return cellBorders.filter(visible).length > cellBorders.length / 2;
  const own = path(tbl, 'tblPr', 'tblBorders');
  if (own) return visible(own);
  let styleId = attr(path(tbl, 'tblPr', 'tblStyle'), 'val');
  for (let depth = 0; styleId && depth < 10; depth++) {
    const style = styles.get(styleId);
    const borders = path(style, 'tblPr', 'tblBorders');
    if (borders) return visible(borders);
    styleId = attr(child(style, 'basedOn'), 'val');
  }
  return false;
}
