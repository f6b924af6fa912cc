import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../client/src/api/types.ts';
import {
  computeHidden,
  displayLabel,
  fullLabel,
  graphNode,
  groupNeighbours,
  mergeSubgraphs,
  sectionFromId,
  truncateLabel,
  weaknessIdOf,
} from '../../../client/src/graph/transforms.ts';
import { sectionGloss } from '../../../client/src/i18n.ts';
import { DEFAULT_FILTERS } from '../../../client/src/state/view-state.ts';

const PLAN = 'thanh-hoa/83-KH-UBND/2022';
const node = (id: string, type: GraphNode['type'], extra: Partial<GraphNode> = {}): GraphNode =>
  graphNode({
    id,
    type,
    label: id,
    verified: type === 'Agency' ? true : null,
    complete: type === 'Plan' || type === 'Weakness' ? true : null,
    ...extra,
  });
const edge = (source: string, type: GraphEdge['type'], target: string): GraphEdge => ({ id: `${source}-${type}-${target}`, source, target, type });

const network = {
  nodes: [
    node(PLAN, 'Plan', { label: 'Kế hoạch 83/KH-UBND' }),
    node(`${PLAN}#III`, 'Section', { label: 'III. VỀ PHÁT TRIỂN CÁC NGÀNH KINH TẾ', planId: PLAN, section: 'III' }),
    node(`${PLAN}#VII`, 'Section', { label: 'VII. VỀ CÔNG TÁC QUẢN LÝ TÀI NGUYÊN VÀ BẢO VỆ MÔI TRƯỜNG', planId: PLAN, section: 'VII' }),
    node(`${PLAN}#III.1.2`, 'Weakness', { planId: PLAN, section: 'III', deadlineYears: [2022], ongoing: false }),
    node(`${PLAN}#VII.1`, 'Weakness', { planId: PLAN, section: 'VII', deadlineYears: [2022, 2023], ongoing: true }),
    node(`${PLAN}#VII.1/task-1`, 'Task', { planId: PLAN }),
    node(`${PLAN}#III.1.2/task-1`, 'Task', { planId: PLAN }),
    node('thanh-hoa/so-tai-nguyen-va-moi-truong', 'Agency', {
      label: 'Sở Tài nguyên và Môi trường',
      labelEn: 'Department of Natural Resources and Environment',
      kind: 'body',
    }),
    node('thanh-hoa/so-cong-thuong', 'Agency', { label: 'Sở Công Thương', kind: 'body' }),
    node('thanh-hoa/cac-so-ban-nganh', 'Agency', { label: 'Các sở, ban, ngành', kind: 'collective' }),
    node('08-NQ/TU', 'PolicyReference', { label: 'Nghị quyết 08-NQ/TU', labelEn: 'Resolution 08-NQ/TU' }),
  ],
  edges: [
    edge(PLAN, 'HAS_SECTION', `${PLAN}#III`),
    edge(PLAN, 'HAS_SECTION', `${PLAN}#VII`),
    edge(`${PLAN}#III`, 'HAS_WEAKNESS', `${PLAN}#III.1.2`),
    edge(`${PLAN}#VII`, 'HAS_WEAKNESS', `${PLAN}#VII.1`),
    edge(`${PLAN}#VII.1`, 'HAS_TASK', `${PLAN}#VII.1/task-1`),
    edge(`${PLAN}#III.1.2`, 'HAS_TASK', `${PLAN}#III.1.2/task-1`),
    edge('thanh-hoa/so-tai-nguyen-va-moi-truong', 'LEADS', `${PLAN}#VII.1`),
    edge('thanh-hoa/so-cong-thuong', 'LEADS', `${PLAN}#III.1.2`),
    edge(`${PLAN}#VII.1/task-1`, 'ASSIGNED_TO', 'thanh-hoa/cac-so-ban-nganh'),
    edge(`${PLAN}#VII.1/task-1`, 'CITES', '08-NQ/TU'),
    edge('thanh-hoa/so-cong-thuong', 'MEMBER_OF', 'thanh-hoa/cac-so-ban-nganh'),
  ],
};

describe('ids', () => {
  it('reads the section numeral and the weakness of plan-owned ids', () => {
    expect(sectionFromId(`${PLAN}#VII.1/task-2`)).toBe('VII');
    expect(sectionFromId(`${PLAN}#II`)).toBe('II');
    expect(sectionFromId(`${PLAN}#section-VIII`)).toBe('VIII');
    expect(sectionFromId('thanh-hoa/so-y-te')).toBeNull();
    expect(weaknessIdOf(`${PLAN}#VII.1/task-2`)).toBe(`${PLAN}#VII.1`);
    expect(weaknessIdOf(`${PLAN}#III.1.2/cause-1`)).toBe(`${PLAN}#III.1.2`);
    expect(weaknessIdOf(`${PLAN}#III.1.2`)).toBeNull();
  });
});

describe('API subgraphs to Cytoscape elements', () => {
  it('merges subgraphs without duplicates, filling fields later answers know', () => {
    const neighbourhood = {
      nodes: [
        node('thanh-hoa/so-cong-thuong', 'Agency', { label: 'Sở Công Thương', labelEn: 'Department of Industry and Trade' }),
        node('thanh-hoa/so-y-te', 'Agency'),
      ],
      edges: [edge('thanh-hoa/so-cong-thuong', 'LEADS', `${PLAN}#III.1.2`), edge('thanh-hoa/so-y-te', 'COORDINATES', `${PLAN}#III.1.2`)],
    };
    const elements = mergeSubgraphs([network, neighbourhood]);
    expect(elements.nodes).toHaveLength(network.nodes.length + 1);
    expect(elements.edges).toHaveLength(network.edges.length + 1);
    const trade = elements.nodes.find((n) => n.id === 'thanh-hoa/so-cong-thuong')!;
    expect(trade.labelEn).toBe('Department of Industry and Trade');
    expect(trade.kind).toBe('body');
  });

  it('drops edges whose ends are not loaded', () => {
    const elements = mergeSubgraphs([{ nodes: [node('a', 'Agency')], edges: [edge('a', 'LEADS', 'missing')] }]);
    expect(elements.edges).toHaveLength(0);
  });

  it('derives section, deadline and plan year of tasks from their weakness', () => {
    const elements = mergeSubgraphs([network]);
    const task = elements.nodes.find((n) => n.id === `${PLAN}#VII.1/task-1`)!;
    expect(task.section).toBe('VII');
    expect(task.deadlineYears).toEqual([2022, 2023]);
    expect(task.ongoing).toBe(true);
    expect(task.planYear).toBe(2022);
    const plan = elements.nodes.find((n) => n.type === 'Plan')!;
    expect(plan.planId).toBe(PLAN);
  });
});

describe('labels', () => {
  it('truncates long labels on a word boundary with an ellipsis', () => {
    const long = 'Công tác quản lý nhà nước về đất đai, tài nguyên khoáng sản còn nhiều hạn chế';
    const label = truncateLabel(long, 40);
    expect(label.length).toBeLessThanOrEqual(40);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(truncateLabel('ngắn')).toBe('ngắn');
  });

  it('uses English names and section glosses in English', () => {
    const elements = mergeSubgraphs([network]);
    const byId = new Map(elements.nodes.map((n) => [n.id, n]));
    const donre = byId.get('thanh-hoa/so-tai-nguyen-va-moi-truong')!;
    expect(fullLabel(donre, 'vi')).toBe('Sở Tài nguyên và Môi trường');
    expect(fullLabel(donre, 'en')).toBe('Department of Natural Resources and Environment');
    expect(fullLabel(byId.get('thanh-hoa/so-cong-thuong')!, 'en')).toBe('Sở Công Thương');
    expect(fullLabel(byId.get(`${PLAN}#VII`)!, 'en')).toBe('VII. Natural resources and environmental protection');
    expect(displayLabel(byId.get(`${PLAN}#III`)!, 'en')).toBe('III. Economic sectors');
  });

  it('glosses every section title of Plan 83/KH-UBND', () => {
    expect(
      sectionGloss(
        'CÓ 05 CHỈ TIÊU CHỦ YẾU CHƯA ĐẠT KẾ HOẠCH (gồm: tốc độ tăng trưởng GRDP; GRDP bình quân đầu người; cơ cấu các ngành kinh tế; huy động vốn đầu tư phát triển; giảm tỷ lệ hộ nghèo)',
      ),
    ).toBe('Key targets not met');
    expect(sectionGloss('CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19 Ở MỘT SỐ ĐỊA PHƯƠNG')).toMatch(/COVID-19/);
    expect(sectionGloss('VỀ CÔNG TÁC QUY HOẠCH, QUẢN LÝ QUY HOẠCH VÀ PHÁT TRIỂN ĐÔ THỊ')).toMatch(/Planning/);
    expect(sectionGloss('VỀ ĐẦU TƯ VÀ PHÁT TRIỂN DOANH NGHIỆP')).toMatch(/Investment/);
    expect(sectionGloss('VỀ LĨNH VỰC VĂN HÓA, XÃ HỘI')).toBe('Culture and society');
    expect(sectionGloss('VỀ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH; KỶ LUẬT KỶ CƯƠNG')).toMatch(/Administrative reform/);
    expect(sectionGloss('VỀ QUỐC PHÒNG - AN NINH, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO')).toMatch(/Defence/);
    expect(sectionGloss('xyz')).toBeNull();
  });
});

describe('filters', () => {
  const elements = mergeSubgraphs([network]);

  it('hides nothing by default', () => {
    const hidden = computeHidden(elements, DEFAULT_FILTERS);
    expect(hidden.nodes.size).toBe(0);
    expect(hidden.edges.size).toBe(0);
  });

  it('hides node types with their edges, and relationship types', () => {
    const hidden = computeHidden(elements, { ...DEFAULT_FILTERS, hiddenTypes: ['Task'], hiddenRels: ['LEADS'] });
    expect(hidden.nodes).toEqual(new Set([`${PLAN}#VII.1/task-1`, `${PLAN}#III.1.2/task-1`]));
    expect([...hidden.edges].some((id) => id.includes('ASSIGNED_TO'))).toBe(true);
    expect([...hidden.edges].filter((id) => id.includes('LEADS'))).toHaveLength(2);
    expect(hidden.edges.has(`thanh-hoa/so-cong-thuong-MEMBER_OF-thanh-hoa/cac-so-ban-nganh`)).toBe(false);
  });

  it('hides collective groups and one-by-one hidden nodes', () => {
    const hidden = computeHidden(elements, { ...DEFAULT_FILTERS, hideCollective: true }, ['08-NQ/TU']);
    expect(hidden.nodes).toEqual(new Set(['thanh-hoa/cac-so-ban-nganh', '08-NQ/TU']));
  });

  it('narrows to a section, taking agencies and documents left without items with it', () => {
    const hidden = computeHidden(elements, { ...DEFAULT_FILTERS, section: 'VII' });
    expect(hidden.nodes.has(`${PLAN}#III`)).toBe(true);
    expect(hidden.nodes.has(`${PLAN}#III.1.2/task-1`)).toBe(true);
    expect(hidden.nodes.has('thanh-hoa/so-cong-thuong')).toBe(true);
    expect(hidden.nodes.has('thanh-hoa/so-tai-nguyen-va-moi-truong')).toBe(false);
    expect(hidden.nodes.has('08-NQ/TU')).toBe(false);
    expect(hidden.nodes.has(PLAN)).toBe(false);
  });

  it('filters by deadline: the plan year, or ongoing', () => {
    const ongoing = computeHidden(elements, { ...DEFAULT_FILTERS, deadline: 'ongoing' });
    expect(ongoing.nodes.has(`${PLAN}#III.1.2`)).toBe(true);
    expect(ongoing.nodes.has(`${PLAN}#VII.1`)).toBe(false);
    const thisYear = computeHidden(elements, { ...DEFAULT_FILTERS, deadline: 'this-year' });
    expect(thisYear.nodes.has(`${PLAN}#III.1.2`)).toBe(false);
    expect(thisYear.nodes.has(`${PLAN}#VII.1`)).toBe(false);
  });

  it('filters by plan', () => {
    const hidden = computeHidden(elements, { ...DEFAULT_FILTERS, plan: 'other/plan' });
    expect(hidden.nodes.has(PLAN)).toBe(true);
    expect(hidden.nodes.has('thanh-hoa/so-tai-nguyen-va-moi-truong')).toBe(true);
  });
});

describe('neighbours', () => {
  it('groups a node’s neighbours by relationship type, outgoing before incoming', () => {
    const groups = groupNeighbours(`${PLAN}#VII.1`, mergeSubgraphs([network]));
    expect(groups.map((g) => `${g.direction}:${g.type}`)).toEqual(['out:HAS_TASK', 'in:HAS_WEAKNESS', 'in:LEADS']);
    expect(groups.find((g) => g.type === 'LEADS')!.nodes[0]!.id).toBe('thanh-hoa/so-tai-nguyen-va-moi-truong');
  });
});
