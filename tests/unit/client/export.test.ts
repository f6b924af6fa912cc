import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toJson, toSvg } from '../../../client/src/graph/export.ts';
import { graphNode, type EdgeData, type NodeData } from '../../../client/src/graph/transforms.ts';

/** A minimal RFC 4180 reader, to check that what toCsv writes reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const nodes: NodeData[] = [
  {
    ...graphNode({
      id: 'thanh-hoa/so-tai-nguyen-va-moi-truong',
      type: 'Agency',
      label: 'Sở Tài nguyên và Môi trường',
      labelEn: 'Department of Natural Resources and Environment',
      kind: 'body',
      verified: true,
    }),
    display: 'Sở TN&MT',
  },
  graphNode({
    id: 'p#VII.1',
    type: 'Weakness',
    label: 'Công tác quản lý đất đai, khoáng sản còn "hạn chế", chưa chặt chẽ',
    section: 'VII',
    planId: 'p',
    deadlineYears: [2022, 2023],
    ongoing: true,
    synthetic: false,
    complete: true,
  }),
  graphNode({ id: 'p#VII.1/task-1', type: 'Task', label: 'Rà soát,\nkiểm tra; báo cáo "kết quả"', planId: 'p', section: 'VII' }),
];
const edges: EdgeData[] = [{ id: 'e1', source: 'thanh-hoa/so-tai-nguyen-va-moi-truong', target: 'p#VII.1', type: 'LEADS' }];

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    // Formula injection: cells a spreadsheet would evaluate stay text.
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField([2022, 2023])).toBe('2022 2023');
    expect(csvField(true)).toBe('true');
  });

  it('writes nodes and edges that read back field for field, Vietnamese text included', () => {
    const csv = toCsv(nodes, edges);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['record', 'id', 'type', 'label', 'label_en', 'source', 'target', 'kind', 'plan_id', 'section', 'deadline_years', 'ongoing']);
    expect(rows).toHaveLength(1 + nodes.length + edges.length);
    expect(rows[1]![3]).toBe('Sở Tài nguyên và Môi trường');
    expect(rows[2]![3]).toBe('Công tác quản lý đất đai, khoáng sản còn "hạn chế", chưa chặt chẽ');
    expect(rows[2]![10]).toBe('2022 2023');
    expect(rows[2]![11]).toBe('true');
    expect(rows[3]![3]).toBe('Rà soát,\nkiểm tra; báo cáo "kết quả"');
    expect(rows[4]).toEqual(['edge', 'e1', 'LEADS', '', '', 'thanh-hoa/so-tai-nguyen-va-moi-truong', 'p#VII.1', '', '', '', '', '']);
    for (const row of rows) expect(row).toHaveLength(12);
  });
});

describe('JSON export', () => {
  it('leaves out display-only fields', () => {
    const data = JSON.parse(toJson(nodes, edges)) as { nodes: Record<string, unknown>[]; edges: unknown[] };
    expect(data.nodes[0]!.display).toBeUndefined();
    expect(data.nodes[0]!.labelEn).toBe('Department of Natural Resources and Environment');
    expect(data.edges).toHaveLength(1);
  });
});

describe('SVG export', () => {
  it('draws every node and edge and escapes labels', () => {
    const svg = toSvg(
      [
        {
          x: 0,
          y: 0,
          width: 20,
          height: 20,
          shape: 'ellipse',
          fill: '#2563eb',
          stroke: '#fff',
          strokeWidth: 1,
          opacity: 1,
          label: 'Sở TN&MT <tỉnh>',
          fontSize: 10,
          labelColor: '#000',
        },
        {
          x: 100,
          y: 50,
          width: 20,
          height: 20,
          shape: 'diamond',
          fill: '#d97706',
          stroke: '#fff',
          strokeWidth: 1,
          opacity: 0.5,
          label: '',
          fontSize: 10,
          labelColor: '#000',
        },
      ],
      [{ x1: 0, y1: 0, x2: 100, y2: 50, color: '#1d4ed8', width: 2, lineStyle: 'dashed', arrow: true, opacity: 1 }],
    );
    expect(svg).toContain('<ellipse');
    expect(svg).toContain('<polygon');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('Sở TN&amp;MT &lt;tỉnh&gt;');
    expect(svg).toMatch(/viewBox="-50 -50 /);
  });
});
