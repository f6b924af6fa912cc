import type { NodeDetails } from '../api/types.ts';
import type { Lang } from '../i18n.ts';

/** Field names as analysts say them; fields not listed show their API name. */
const FIELD_NAMES: Record<string, [vi: string, en: string]> = {
  id: ['Mã định danh', 'Id'],
  code: ['Mã', 'Code'],
  printedNumber: ['Số in trong văn bản', 'Printed number'],
  symbol: ['Số hiệu', 'Symbol'],
  name: ['Tên', 'Name'],
  nameEn: ['Tên tiếng Anh', 'English name'],
  label: ['Nhãn', 'Label'],
  docType: ['Loại văn bản', 'Document type'],
  docTypeEn: ['Loại (tiếng Anh)', 'Type (English)'],
  title: ['Tiêu đề', 'Title'],
  issuer: ['Cơ quan ban hành', 'Issuer'],
  province: ['Tỉnh', 'Province'],
  place: ['Địa danh', 'Place'],
  date: ['Ngày', 'Date'],
  year: ['Năm', 'Year'],
  signer: ['Người ký', 'Signer'],
  signerTitle: ['Chức vụ người ký', 'Signer title'],
  numeral: ['Số mục', 'Numeral'],
  statement: ['Nội dung', 'Statement'],
  text: ['Nội dung', 'Text'],
  area: ['Lĩnh vực', 'Area'],
  deadlineText: ['Thời gian khắc phục', 'Deadline'],
  deadlineYears: ['Năm hạn', 'Deadline years'],
  ongoing: ['Thường xuyên', 'Ongoing'],
  leadText: ['Đơn vị chủ trì', 'Lead units'],
  coordinatingText: ['Đơn vị phối hợp', 'Coordinating units'],
  subject: ['Trích yếu', 'Subject'],
  key: ['Khoá', 'Key'],
  level: ['Cấp', 'Level'],
  kind: ['Loại', 'Kind'],
  aliases: ['Tên gọi khác', 'Aliases'],
  order: ['Thứ tự', 'Order'],
  planId: ['Kế hoạch', 'Plan'],
  verified: ['Đã xác minh (có trong danh mục)', 'Verified (in the glossary)'],
  recognisedBy: ['Nhận ra theo dạng tên', 'Recognised by the form'],
  complete: ['Văn bản đầy đủ', 'Complete text'],
  truncatedAt: ['Văn bản dừng ở dòng', 'Text ends at line'],
};

/** Fields shown elsewhere in the panel (source block) or not useful to read. */
const SKIPPED = new Set(['sourceText', 'preamble', 'sourceFile', 'lineStart', 'lineEnd', 'page', 'paragraph', '__typename']);

function format(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? (lang === 'en' ? 'yes' : 'có') : lang === 'en' ? 'no' : 'không';
  return String(value);
}

/** A node's properties as a definition list, empty values left out. */
export function PropertyList({ lang, record }: { lang: Lang; record: NodeDetails }) {
  const rows = Object.entries(record).filter(
    ([key, value]) => !SKIPPED.has(key) && value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  return (
    <dl className="properties">
      {rows.map(([key, value]) => (
        <div key={key} className={key === 'id' ? 'prop-id' : undefined}>
          <dt>{FIELD_NAMES[key]?.[lang === 'en' ? 1 : 0] ?? key}</dt>
          <dd lang={key === 'nameEn' || key === 'docTypeEn' ? 'en' : 'vi'}>{format(value, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
