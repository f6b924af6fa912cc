import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeViewState, encodeViewState, sameView } from '../../../client/src/state/view-state.ts';
import type { ViewState } from '../../../client/src/state/view-state.ts';

const busyView: ViewState = {
  focus: 'thanh-hoa/so-tai-nguyen-va-moi-truong',
  expanded: [
    { id: 'thanh-hoa/83-KH-UBND/2022#VII.1', limit: 100 },
    { id: 'thanh-hoa:79/KH-UBND', limit: 900 },
  ],
  hidden: ['thanh-hoa/ubnd-cac-huyen-thi-xa-thanh-pho'],
  filters: {
    hiddenTypes: ['Task', 'Cause'],
    hiddenRels: ['MEMBER_OF'],
    section: 'VII',
    deadline: 'ongoing',
    plan: 'thanh-hoa/83-KH-UBND/2022',
    hideCollective: true,
  },
  lang: 'en',
  layout: 'dagre',
  tab: 'duties',
  agency: 'thanh-hoa/so-tai-nguyen-va-moi-truong',
  reference: '08-NQ/TU',
  path: { from: 'thanh-hoa/so-y-te', to: 'thanh-hoa/cong-an-tinh' },
  province: 'Nghệ An',
  timeAgency: 'nghe-an/so-tai-nguyen-va-moi-truong',
  asOf: '2024-06-30',
  statuses: ['OVERDUE', 'OVERDUE_RECURRING'],
  compare: { a: 'nghe-an/61-KH-UBND/2022', b: 'nghe-an/45-KH-UBND/2023' },
};

describe('view state in the URL', () => {
  it('round-trips a view with every field set', () => {
    expect(decodeViewState(encodeViewState(busyView))).toEqual(busyView);
  });

  it('round-trips the default view as an empty query string', () => {
    expect(encodeViewState(DEFAULT_VIEW)).toBe('');
    expect(decodeViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('keeps ids with "#", "/", ":" and Vietnamese text intact', () => {
    const view = { ...DEFAULT_VIEW, focus: 'Luật Đất đai #1/2', agency: 'Sở Tài nguyên & Môi trường' };
    const query = encodeViewState(view);
    expect(query).not.toContain('#');
    expect(decodeViewState(`?${query}`)).toEqual(view);
  });

  it('carries over parameters that are not its own, such as test=1', () => {
    const query = encodeViewState({ ...DEFAULT_VIEW, lang: 'en' }, new URLSearchParams('test=1&focus=old&lang=vi'));
    const params = new URLSearchParams(query);
    expect(params.get('test')).toBe('1');
    expect(params.get('focus')).toBeNull();
    expect(params.get('lang')).toBe('en');
  });

  it('falls back to defaults on unknown values and drops unknown types', () => {
    const view = decodeViewState('?lang=fr&layout=circle&tab=nope&dl=soon&nt=Task,Bogus&rt=LEADS,NOPE');
    expect(view.lang).toBe('vi');
    expect(view.layout).toBe('fcose');
    expect(view.tab).toBe('graph');
    expect(view.filters.deadline).toBe('any');
    expect(view.filters.hiddenTypes).toEqual(['Task']);
    expect(view.filters.hiddenRels).toEqual(['LEADS']);
  });

  it('ignores a path with one end only and duplicate expansions', () => {
    const view = decodeViewState('?from=a&x=n1&x=n1~300');
    expect(view.path).toBeNull();
    expect(view.expanded).toEqual([{ id: 'n1', limit: 100 }]);
  });

  it('compares views by their URL', () => {
    expect(sameView(busyView, structuredClone(busyView))).toBe(true);
    expect(sameView(busyView, { ...busyView, focus: null })).toBe(false);
  });
});
