/**
 * The explorer's view: everything a copied link must reproduce. It lives in the URL query string
 * (see {@link encodeViewState}) and each change of it is one step of the exploration history.
 */
import { traversalArguments } from '../api/generated/traversal-arguments.ts';
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../api/types.ts';
import type { NodeType, RelationshipType } from '../api/types.ts';
import type { Lang } from '../i18n.ts';

export type LayoutName = 'fcose' | 'dagre' | 'concentric';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'dagre', 'concentric'];

export type Tab = 'graph' | 'duties' | 'citations' | 'time' | 'compare' | 'import' | 'query';
export const TABS: readonly Tab[] = ['graph', 'duties', 'citations', 'time', 'compare', 'import', 'query'];

/** Where a duty stands on a day (the API's DutyStatus). */
export type DutyStatus = 'OPEN' | 'DUE' | 'OVERDUE' | 'OVERDUE_RECURRING';
export const DUTY_STATUSES: readonly DutyStatus[] = ['OPEN', 'DUE', 'OVERDUE', 'OVERDUE_RECURRING'];

/** "this-year": weaknesses (and their tasks, causes) due in the current calendar year. */
export type DeadlineFilter = 'any' | 'this-year' | 'ongoing';

export interface Filters {
  /** Node types not shown. */
  hiddenTypes: NodeType[];
  /** Relationship types not shown. */
  hiddenRels: RelationshipType[];
  /** Only this section numeral ("VII"), or every section. */
  section: string | null;
  deadline: DeadlineFilter;
  /** Only this plan id, or every plan. */
  plan: string | null;
  /** Hide agencies of kind "collective" ("UBND các huyện, thị xã, thành phố"). */
  hideCollective: boolean;
}

/** A node whose neighbourhood has been loaded into the view, and the node cap used. */
export interface Expansion {
  id: string;
  limit: number;
}

export interface ViewState {
  /** Selected node: shown in the details panel and centred. */
  focus: string | null;
  /** Loaded neighbourhoods, in the order they were asked for. */
  expanded: Expansion[];
  /** Nodes hidden one by one. */
  hidden: string[];
  filters: Filters;
  lang: Lang;
  layout: LayoutName;
  tab: Tab;
  /** Agency whose duties are shown (Duties tab and graph highlight). */
  agency: string | null;
  /** Cited document whose citations are shown. */
  reference: string | null;
  /** Path search between two entities, drawn highlighted. */
  path: { from: string; to: string } | null;
  /**
   * "Over time": the province followed, the agency followed in it (null: all), the day duties are
   * judged on (ISO; null: today), the statuses listed.
   */
  province: string | null;
  timeAgency: string | null;
  asOf: string | null;
  statuses: DutyStatus[];
  /** "Compare": the two plan ids side by side. */
  compare: { a: string | null; b: string | null };
}

/** Node cap of a first "expand neighbours"; "show more" multiplies it. */
export const DEFAULT_EXPAND_LIMIT = 100;
/** The most nodes one expansion may ask for: the API's bound on `neighborhood(limit:)`. */
export const MAX_EXPAND_LIMIT = traversalArguments.neighborhood.limit.max;

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenRels: [],
  section: null,
  deadline: 'any',
  plan: null,
  hideCollective: false,
};

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  expanded: [],
  hidden: [],
  filters: DEFAULT_FILTERS,
  lang: 'vi',
  layout: 'fcose',
  tab: 'graph',
  agency: null,
  reference: null,
  path: null,
  province: null,
  timeAgency: null,
  asOf: null,
  statuses: [],
  compare: { a: null, b: null },
};

/** Query parameters of the explorer itself; others (e.g. `test`) are kept untouched. */
const OWN_PARAMS = [
  'focus',
  'x',
  'hide',
  'nt',
  'rt',
  'sec',
  'dl',
  'plan',
  'coll',
  'lang',
  'layout',
  'tab',
  'agency',
  'ref',
  'from',
  'to',
  'prov',
  'ta',
  'asof',
  'st',
  'ca',
  'cb',
];

/**
 * The view as a query string (without "?"), defaults omitted so links stay short.
 * Parameters not owned by the explorer in `keep` (e.g. "test=1") are carried over.
 */
export function encodeViewState(view: ViewState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  for (const [name, value] of keep) if (!OWN_PARAMS.includes(name)) params.append(name, value);
  if (view.tab !== DEFAULT_VIEW.tab) params.set('tab', view.tab);
  if (view.focus) params.set('focus', view.focus);
  for (const { id, limit } of view.expanded) params.append('x', limit === DEFAULT_EXPAND_LIMIT ? id : `${id}~${limit}`);
  for (const id of view.hidden) params.append('hide', id);
  const { filters } = view;
  if (filters.hiddenTypes.length) params.set('nt', filters.hiddenTypes.join(','));
  if (filters.hiddenRels.length) params.set('rt', filters.hiddenRels.join(','));
  if (filters.section) params.set('sec', filters.section);
  if (filters.deadline !== 'any') params.set('dl', filters.deadline);
  if (filters.plan) params.set('plan', filters.plan);
  if (filters.hideCollective) params.set('coll', '0');
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.agency) params.set('agency', view.agency);
  if (view.reference) params.set('ref', view.reference);
  if (view.path) {
    params.set('from', view.path.from);
    params.set('to', view.path.to);
  }
  if (view.province) params.set('prov', view.province);
  if (view.timeAgency) params.set('ta', view.timeAgency);
  if (view.asOf) params.set('asof', view.asOf);
  if (view.statuses.length) params.set('st', view.statuses.join(','));
  if (view.compare.a) params.set('ca', view.compare.a);
  if (view.compare.b) params.set('cb', view.compare.b);
  return params.toString();
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
}

/** Reads a view from a query string (with or without "?"); unknown or malformed values fall back to defaults. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const expanded: Expansion[] = [];
  for (const entry of params.getAll('x')) {
    const match = /^(.*)~(\d+)$/.exec(entry);
    const id = match ? match[1] : entry;
    const limit = match ? Number(match[2]) : DEFAULT_EXPAND_LIMIT;
    if (id && !expanded.some((e) => e.id === id)) expanded.push({ id, limit: Math.min(Math.max(limit, 1), MAX_EXPAND_LIMIT) });
  }
  const from = params.get('from');
  const to = params.get('to');
  return {
    focus: params.get('focus') || null,
    expanded,
    hidden: [...new Set(params.getAll('hide').filter(Boolean))],
    filters: {
      hiddenTypes: list(params.get('nt'), NODE_TYPES),
      hiddenRels: list(params.get('rt'), RELATIONSHIP_TYPES),
      section: params.get('sec') || null,
      deadline: oneOf(params.get('dl'), ['any', 'this-year', 'ongoing'] as const, 'any'),
      plan: params.get('plan') || null,
      hideCollective: params.get('coll') === '0',
    },
    lang: oneOf(params.get('lang'), ['vi', 'en'] as const, DEFAULT_VIEW.lang),
    layout: oneOf(params.get('layout'), LAYOUTS, DEFAULT_VIEW.layout),
    tab: oneOf(params.get('tab'), TABS, DEFAULT_VIEW.tab),
    agency: params.get('agency') || null,
    reference: params.get('ref') || null,
    path: from && to ? { from, to } : null,
    province: params.get('prov') || null,
    timeAgency: params.get('ta') || null,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asof') ?? '') ? params.get('asof') : null,
    statuses: list(params.get('st'), DUTY_STATUSES),
    compare: { a: params.get('ca') || null, b: params.get('cb') || null },
  };
}

/** True when two views would produce the same URL (the history skips no-op steps). */
export function sameView(a: ViewState, b: ViewState): boolean {
  return encodeViewState(a) === encodeViewState(b);
}
