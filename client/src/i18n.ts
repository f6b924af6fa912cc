/**
 * Vietnamese and English UI strings, node-type and relationship names, and English glosses for
 * section titles (the data carries Vietnamese titles only).
 */
import type { DutyRole, NodeType, RelationshipType } from './api/types.ts';
import { fold } from '../../shared/fold.ts';

export type Lang = 'vi' | 'en';

const UI = {
  appTitle: { vi: 'Đồ thị trách nhiệm', en: 'Accountability Graph' },
  searchPlaceholder: { vi: 'Tìm cơ quan, hạn chế, văn bản…  (/)', en: 'Search agencies, weaknesses, documents…  (/)' },
  searching: { vi: 'Đang tìm…', en: 'Searching…' },
  noResults: { vi: 'Không có kết quả', en: 'No results' },
  tabGraph: { vi: 'Đồ thị', en: 'Graph' },
  tabDuties: { vi: 'Nhiệm vụ cơ quan', en: 'Duties' },
  tabCitations: { vi: 'Trích dẫn', en: 'Citations' },
  tabQuery: { vi: 'Truy vấn', en: 'Query' },
  filters: { vi: 'Bộ lọc', en: 'Filters' },
  nodeTypes: { vi: 'Loại nút', en: 'Node types' },
  relationships: { vi: 'Quan hệ', en: 'Relationships' },
  section: { vi: 'Mục', en: 'Section' },
  allSections: { vi: 'Tất cả các mục', en: 'All sections' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  anyDeadline: { vi: 'Mọi thời hạn', en: 'Any deadline' },
  thisYear: { vi: 'Trong năm nay', en: 'This year' },
  ongoing: { vi: 'Thường xuyên / các năm tiếp theo', en: 'Ongoing' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  allPlans: { vi: 'Tất cả kế hoạch', en: 'All plans' },
  hideCollective: { vi: 'Ẩn nhóm cơ quan (tập thể)', en: 'Hide collective groups' },
  hiddenNodes: { vi: 'Nút đã ẩn', en: 'Hidden nodes' },
  showAll: { vi: 'Hiện lại tất cả', en: 'Show all' },
  layout: { vi: 'Bố cục', en: 'Layout' },
  layoutFcose: { vi: 'Lực (fCoSE)', en: 'Force (fCoSE)' },
  layoutDagre: { vi: 'Phân cấp', en: 'Hierarchical' },
  layoutConcentric: { vi: 'Đồng tâm', en: 'Concentric' },
  relayout: { vi: 'Tinh chỉnh bố cục', en: 'Refine layout' },
  fit: { vi: 'Vừa khung', en: 'Fit' },
  undo: { vi: 'Hoàn tác (Ctrl+Z)', en: 'Undo (Ctrl+Z)' },
  redo: { vi: 'Làm lại (Ctrl+Shift+Z)', en: 'Redo (Ctrl+Shift+Z)' },
  export: { vi: 'Xuất', en: 'Export' },
  copyLink: { vi: 'Sao chép liên kết', en: 'Copy link' },
  linkCopied: { vi: 'Đã sao chép', en: 'Copied' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  layingOut: { vi: 'Đang sắp xếp…', en: 'Laying out…' },
  close: { vi: 'Đóng (Esc)', en: 'Close (Esc)' },
  properties: { vi: 'Thuộc tính', en: 'Properties' },
  source: { vi: 'Nguyên văn', en: 'Source text' },
  lines: { vi: 'dòng', en: 'lines' },
  page: { vi: 'trang', en: 'page' },
  paragraph: { vi: 'đoạn', en: 'paragraph' },
  neighbours: { vi: 'Nút liên quan', en: 'Neighbours' },
  outgoing: { vi: 'đi ra', en: 'outgoing' },
  incoming: { vi: 'đi vào', en: 'incoming' },
  expand: { vi: 'Mở rộng lân cận', en: 'Expand neighbours' },
  showMore: { vi: 'Thêm nữa', en: 'Show more' },
  showCitations: { vi: 'Xem trích dẫn', en: 'Show citations' },
  showDuties: { vi: 'Xem nhiệm vụ', en: 'Show duties' },
  findPaths: { vi: 'Tìm đường đến…', en: 'Find paths to…' },
  hide: { vi: 'Ẩn nút', en: 'Hide node' },
  moreItems: { vi: 'còn {n} mục', en: '{n} more' },
  truncatedNote: { vi: 'Danh sách bị giới hạn; dùng "Thêm nữa".', en: 'List capped; use "Show more".' },
  pathFinder: { vi: 'Tìm đường đi', en: 'Path finder' },
  from: { vi: 'Từ', en: 'From' },
  to: { vi: 'Đến', en: 'To' },
  findPath: { vi: 'Tìm', en: 'Find' },
  clearPath: { vi: 'Xoá', en: 'Clear' },
  noPath: { vi: 'Không có đường đi trong giới hạn độ dài.', en: 'No path within the length limit.' },
  pathsFound: { vi: '{n} đường ngắn nhất, độ dài {len}', en: '{n} shortest path(s), length {len}' },
  chooseAgency: { vi: 'Chọn cơ quan…', en: 'Choose an agency…' },
  chooseReference: { vi: 'Chọn văn bản…', en: 'Choose a document…' },
  noAgency: { vi: 'Chọn một cơ quan để xem nhiệm vụ của cơ quan đó.', en: 'Choose an agency to see its duties.' },
  noReference: { vi: 'Chọn một văn bản để xem nơi trích dẫn.', en: 'Choose a document to see where it is cited.' },
  busiestAgencies: { vi: 'Cơ quan nhiều nhiệm vụ nhất', en: 'Agencies with most duties' },
  mostCited: { vi: 'Văn bản được trích dẫn nhiều nhất', en: 'Most cited documents' },
  viaGroup: { vi: 'qua nhóm', en: 'via group' },
  deadlineLabel: { vi: 'Thời hạn', en: 'Deadline' },
  citedBy: { vi: 'Được trích dẫn bởi', en: 'Cited by' },
  coCited: { vi: 'Văn bản được trích dẫn cùng', en: 'Cited together with' },
  conflicts: { vi: 'Các lần nhắc không khớp', en: 'Mentions that disagree' },
  candidates: { vi: 'Có thể là:', en: 'Did you mean:' },
  showInGraph: { vi: 'Xem trên đồ thị', en: 'Show in graph' },
  collectiveShown: { vi: 'Nhiệm vụ qua nhóm cơ quan: hiện {shown} trên {total}', en: 'Duties via collective groups: {shown} of {total} shown' },
  apiDown: { vi: 'Không kết nối được máy chủ API. Đang thử lại…', en: 'The API server cannot be reached. Retrying…' },
  dbDown: { vi: 'Cơ sở dữ liệu Neo4j không hoạt động. Đang thử lại…', en: 'The Neo4j database is down. Retrying…' },
  noData: { vi: 'Cơ sở dữ liệu chưa có kế hoạch nào được nhập.', en: 'No plan has been imported into the database yet.' },
  recovered: { vi: 'Đã kết nối lại.', en: 'Connection restored.' },
  retry: { vi: 'Thử lại', en: 'Retry' },
  error: { vi: 'Lỗi', en: 'Error' },
  nodesShown: { vi: '{n} nút, {e} cạnh', en: '{n} nodes, {e} edges' },
  networkTruncated: { vi: 'Mạng bị cắt ở {n} nút.', en: 'Network cut at {n} nodes.' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  legend: { vi: 'Chú giải', en: 'Legend' },
  role: { vi: 'Vai trò', en: 'Role' },
  items: { vi: 'mục', en: 'items' },
  focus: { vi: 'Chọn', en: 'Focus' },
  synthetic: { vi: 'mô phỏng', en: 'synthetic' },
  syntheticTitle: {
    vi: 'Kế hoạch mô phỏng: tạo từ Kế hoạch 83/KH-UBND bằng phép biến đổi văn bản, không phải văn bản thật',
    en: 'Synthetic plan: generated from Plan 83/KH-UBND by text transformations, not a real document',
  },
  syntheticInView: { vi: 'Có dữ liệu mô phỏng', en: 'Includes synthetic plans' },
  unverifiedAgency: { vi: 'Cơ quan chưa xác minh', en: 'Unverified agency' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
  unverifiedTitle: {
    vi: 'Cơ quan nhận ra theo dạng tên (“Sở …”, “Ban Quản lý …”), chưa có trong danh mục cơ quan: tên giữ nguyên như văn bản, cấp và tên tiếng Anh chưa được kiểm tra',
    en: 'A body recognised by the form of its name ("Sở …", "Ban Quản lý …") that the agency glossary does not list: its name is as printed, its level and English name unchecked',
  },
  incompleteItem: { vi: 'Kế hoạch, hạn chế chưa đầy đủ', en: 'Incomplete plan or weakness' },
  incomplete: { vi: 'chưa đầy đủ', en: 'incomplete' },
  incompleteTitle: {
    vi: 'Văn bản bị cắt: không có phần ký, hoặc dừng giữa câu; chỉ nhập khi dùng --allow-partial',
    en: 'The text was cut off (no signature block, or it stops mid-sentence); imported only with --allow-partial',
  },
  tabTime: { vi: 'Theo thời gian', en: 'Over time' },
  tabCompare: { vi: 'So sánh', en: 'Compare' },
  tabImport: { vi: 'Nhập kế hoạch', en: 'Import' },
  province: { vi: 'Tỉnh', en: 'Province' },
  chooseProvince: { vi: 'Chọn tỉnh…', en: 'Choose a province…' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  recurring: { vi: 'Hạn chế tái diễn', en: 'Recurring weaknesses' },
  noRecurrences: { vi: 'Không có hạn chế nào tái diễn giữa các kế hoạch của tỉnh này.', en: 'No weakness recurs between this province’s plans.' },
  allAgencies: { vi: 'Mọi cơ quan', en: 'All agencies' },
  recurringLedBy: {
    vi: 'Chỉ những hạn chế mà cơ quan này chủ trì ít nhất một năm.',
    en: 'Only the weaknesses this agency led in at least one year.',
  },
  noRecurrencesLedBy: { vi: 'Cơ quan này không chủ trì hạn chế nào tái diễn.', en: 'This agency led no weakness that recurs.' },
  leadChanged: { vi: 'đổi đơn vị chủ trì', en: 'lead changed' },
  repeatedTasks: { vi: 'nhiệm vụ lặp lại nguyên văn', en: 'tasks repeated word for word' },
  followThrough: { vi: 'Theo dõi thực hiện', en: 'Follow-through' },
  statusOPEN: { vi: 'Chưa đến hạn', en: 'Open' },
  statusDUE: { vi: 'Đang trong hạn', en: 'Due' },
  statusOVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
  statusOVERDUE_RECURRING: { vi: 'Quá hạn và tái diễn', en: 'Overdue and recurring' },
  exportCsv: { vi: 'Xuất CSV', en: 'Export CSV' },
  dutiesListed: { vi: '{n} nhiệm vụ', en: '{n} duties' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  dueBy: { vi: 'Hạn cuối', en: 'Due by' },
  status: { vi: 'Tình trạng', en: 'Status' },
  recurredIn: { vi: 'Tái diễn ở', en: 'Recurred in' },
  planA: { vi: 'Kế hoạch thứ nhất', en: 'First plan' },
  planB: { vi: 'Kế hoạch thứ hai', en: 'Second plan' },
  choosePlan: { vi: 'Chọn kế hoạch…', en: 'Choose a plan…' },
  added: { vi: 'Hạn chế mới', en: 'Added weaknesses' },
  removed: { vi: 'Hạn chế không còn nêu', en: 'Removed weaknesses' },
  moved: { vi: 'Trách nhiệm chuyển giao', en: 'Responsibilities that moved' },
  onlyInA: { vi: 'Văn bản chỉ kế hoạch thứ nhất trích dẫn', en: 'Documents cited by the first plan only' },
  onlyInB: { vi: 'Văn bản chỉ kế hoạch thứ hai trích dẫn', en: 'Documents cited by the second plan only' },
  sameProvinceNote: { vi: 'Cùng tỉnh: hạn chế khớp nhau là hạn chế tái diễn.', en: 'Same province: matched weaknesses are recurrences.' },
  otherProvinceNote: { vi: 'Hai tỉnh khác nhau: hạn chế khớp nhau là hạn chế tương tự.', en: 'Two provinces: matched weaknesses are similar ones.' },
  importTitle: { vi: 'Nhập kế hoạch từ tệp', en: 'Import plans from files' },
  importDrop: { vi: 'Kéo thả tệp vào đây (txt, html, docx, doc, pdf), hoặc chọn tệp', en: 'Drop files here (txt, html, docx, doc, pdf), or choose files' },
  importToken: { vi: 'Mã nhập (in ra khi máy chủ khởi động)', en: 'Import token (printed when the server starts)' },
  importDisabled: { vi: 'Máy chủ này tắt chức năng nhập (IMPORT_TOKEN=off).', en: 'Imports are disabled on this server (IMPORT_TOKEN=off).' },
  previewing: { vi: 'Đang đọc tệp…', en: 'Reading files…' },
  importing: { vi: 'Đang nhập…', en: 'Importing…' },
  confirmImport: { vi: 'Xác nhận nhập', en: 'Confirm import' },
  replacesPlan: { vi: 'Thay thế kế hoạch đã có', en: 'Replaces the stored plan' },
  newUnits: { vi: 'Cơ quan mới', en: 'New units' },
  unverifiedUnits: { vi: 'Cơ quan chưa có trong danh mục (nhận ra theo dạng tên)', en: 'Units not in the glossary (recognised by their form)' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  readAs: { vi: 'Đã đọc', en: 'Read as' },
  removePlan: { vi: 'Xoá kế hoạch', en: 'Remove plan' },
  loadedPlans: { vi: 'Kế hoạch đã nhập', en: 'Loaded plans' },
  imported: { vi: 'Đã nhập', en: 'Imported' },
  replaced: { vi: 'Đã thay thế', en: 'Replaced' },
  failed: { vi: 'Lỗi', en: 'Failed' },
} as const;

export type UiKey = keyof typeof UI;

/** A UI string in the given language; `{name}` placeholders are filled from `values`. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

const NODE_TYPE_NAMES: Record<NodeType, Record<Lang, string>> = {
  Plan: { vi: 'Kế hoạch', en: 'Plan' },
  Section: { vi: 'Mục (lĩnh vực)', en: 'Section' },
  Weakness: { vi: 'Hạn chế, yếu kém', en: 'Weakness' },
  Cause: { vi: 'Nguyên nhân', en: 'Cause' },
  Task: { vi: 'Nhiệm vụ, giải pháp', en: 'Task' },
  Agency: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
  PolicyReference: { vi: 'Văn bản được trích dẫn', en: 'Cited document' },
};

export function nodeTypeName(type: NodeType, lang: Lang): string {
  return NODE_TYPE_NAMES[type]?.[lang] ?? type;
}

const RELATIONSHIP_NAMES: Record<RelationshipType, Record<Lang, string>> = {
  LEADS: { vi: 'chủ trì', en: 'leads' },
  COORDINATES: { vi: 'phối hợp', en: 'coordinates' },
  ASSIGNED_TO: { vi: 'giao cho', en: 'assigned to' },
  INVOLVES: { vi: 'có sự tham gia của', en: 'involves' },
  CITES: { vi: 'trích dẫn', en: 'cites' },
  ISSUED_BY: { vi: 'ban hành bởi', en: 'issued by' },
  MEMBER_OF: { vi: 'thuộc nhóm', en: 'member of' },
  RECURS_IN: { vi: 'tái diễn ở', en: 'recurs in' },
  HAS_SECTION: { vi: 'có mục', en: 'has section' },
  HAS_WEAKNESS: { vi: 'có hạn chế', en: 'has weakness' },
  HAS_CAUSE: { vi: 'có nguyên nhân', en: 'has cause' },
  HAS_TASK: { vi: 'có nhiệm vụ', en: 'has task' },
};

/** Relationship name read in the direction of the arrow ("leads"), or against it ("led by") for incoming lists. */
export function relationshipName(type: RelationshipType, lang: Lang, incoming = false): string {
  if (!incoming) return RELATIONSHIP_NAMES[type]?.[lang] ?? type;
  const reversed: Record<RelationshipType, Record<Lang, string>> = {
    LEADS: { vi: 'do … chủ trì', en: 'led by' },
    COORDINATES: { vi: 'do … phối hợp', en: 'coordinated by' },
    ASSIGNED_TO: { vi: 'được giao', en: 'assigned tasks' },
    INVOLVES: { vi: 'được nêu trong', en: 'involved in' },
    CITES: { vi: 'được trích dẫn bởi', en: 'cited by' },
    ISSUED_BY: { vi: 'đã ban hành', en: 'issued' },
    MEMBER_OF: { vi: 'thành viên', en: 'members' },
    RECURS_IN: { vi: 'tái diễn từ', en: 'recurs from' },
    HAS_SECTION: { vi: 'thuộc kế hoạch', en: 'in plan' },
    HAS_WEAKNESS: { vi: 'thuộc mục', en: 'in section' },
    HAS_CAUSE: { vi: 'là nguyên nhân của', en: 'cause of' },
    HAS_TASK: { vi: 'là nhiệm vụ của', en: 'task of' },
  };
  return reversed[type]?.[lang] ?? type;
}

const ROLE_NAMES: Record<DutyRole | 'VIA', Record<Lang, string>> = {
  LEADS: { vi: 'Chủ trì', en: 'Leads' },
  COORDINATES: { vi: 'Phối hợp', en: 'Coordinates' },
  ASSIGNED: { vi: 'Được giao nhiệm vụ', en: 'Assigned tasks' },
  INVOLVED: { vi: 'Tham gia', en: 'Involved' },
  VIA: { vi: 'Qua nhóm cơ quan', en: 'Via a collective group' },
};

/** An agency's name in the chosen language (the Vietnamese one when it has no English name). */
export function agencyName(agency: { name: string; nameEn?: string | null }, lang: Lang): string {
  return lang === 'en' && agency.nameEn ? agency.nameEn : agency.name;
}

export function roleName(role: DutyRole | 'VIA', lang: Lang): string {
  return ROLE_NAMES[role][lang];
}

// The parser's folding, so that the explorer matches names exactly as the server does.
export { fold };

/**
 * English domain glosses for section headings, found by keywords of the folded Vietnamese title.
 * Ordered from the most specific: "môi trường đầu tư" (investment climate) must not read as "environment",
 * nor section I's list of unmet targets (which names investment) as "investment".
 */
const SECTION_GLOSSES: ReadonlyArray<[RegExp, string]> = [
  // Section I lists the unmet targets, investment among them: it must win over "đầu tư".
  [/chi tieu/, 'Key targets not met'],
  [/cai cach hanh chinh|ky luat/, 'Administrative reform, business climate, discipline'],
  [/tai nguyen|bao ve moi truong/, 'Natural resources and environmental protection'],
  [/covid|dich benh/, 'COVID-19 prevention and control'],
  [/quy hoach|do thi/, 'Planning and urban development'],
  [/dau tu|doanh nghiep/, 'Investment and enterprise development'],
  [/van hoa|xa hoi|giao duc|y te/, 'Culture and society'],
  [/quoc phong|an ninh|khieu nai/, 'Defence, security, complaints and denunciations'],
  [/nganh kinh te|nong nghiep|cong nghiep/, 'Economic sectors'],
];

/** A short English gloss of a Vietnamese section title, or null when no keyword matches. */
export function sectionGloss(title: string): string | null {
  const folded = fold(title);
  for (const [pattern, gloss] of SECTION_GLOSSES) if (pattern.test(folded)) return gloss;
  return null;
}
