/** The bench corpus's word lists and odds: provinces, documents a variant may cite, signers' names. */

/** Provinces (tỉnh) before the 2025 merger; the five centrally-run cities are left out because the seed's wording ("UBND tỉnh") is a province's. */
export const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
] as const;

/** Plan years: the seed's year and the next ones. */
export const YEARS_AHEAD = 4;

/** Chances per numbered block of a section (a weakness, or an area of weaknesses) and per task bullet. */
export const CHANCE = { dropBlock: 0.1, duplicateBlock: 0.1, dropTask: 0.1, duplicateTask: 0.08 };
/** Share of the bodies of a level that trade places in one plan. */
export const SWAP_SHARE = 0.4;
/** Task bullets added per plan, each citing a new provincial or a shared national document. */
export const ADDED_CITATIONS = { min: 3, max: 6 };

/**
 * National documents a variant may cite in an added task (shared across plans: their symbols
 * are numbered nationwide), each with the date it was issued.
 */
export const NATIONAL_DOCUMENTS: { date: string; mention: string }[] = [
  {
    date: '2021-10-14',
    mention:
      'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030',
  },
  {
    date: '2022-01-06',
    mention:
      'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia',
  },
  {
    date: '2022-01-18',
    mention:
      'Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
  },
  {
    date: '2022-01-28',
    mention:
      'Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021 - 2030',
  },
  {
    date: '2022-02-22',
    mention:
      'Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025',
  },
  {
    date: '2022-06-16',
    mention: 'Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045',
  },
  {
    date: '2022-11-17',
    mention:
      'Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045',
  },
];

/** Provincial documents a variant may cite in an added task: type word, type code, issuer code, issuer as written, subject. */
export const PROVINCIAL_DOCUMENTS: [string, string, string, string, string][] = [
  ['Kế hoạch', 'KH', 'UBND', 'UBND tỉnh', 'triển khai chuyển đổi số trong các cơ quan nhà nước'],
  ['Kế hoạch', 'KH', 'UBND', 'UBND tỉnh', 'phát triển kinh tế tập thể, hợp tác xã'],
  ['Quyết định', 'QĐ', 'UBND', 'UBND tỉnh', 'ban hành Bộ chỉ số đánh giá cải cách hành chính của các sở, ban, ngành'],
  ['Quyết định', 'QĐ', 'UBND', 'UBND tỉnh', 'phê duyệt Đề án phát triển nông nghiệp hữu cơ'],
  ['Chỉ thị', 'CT', 'UBND', 'UBND tỉnh', 'tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn'],
  ['Chỉ thị', 'CT', 'UBND', 'UBND tỉnh', 'đẩy nhanh tiến độ giải ngân vốn đầu tư công'],
  ['Nghị quyết', 'NQ', 'HĐND', 'HĐND tỉnh', 'quy định chính sách hỗ trợ phát triển sản xuất hàng hóa tập trung'],
  ['Nghị quyết', 'NQ', 'HĐND', 'HĐND tỉnh', 'kế hoạch đầu tư công trung hạn'],
];

export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Ngô', 'Dương'];
export const MIDDLE_NAMES = ['Văn', 'Minh', 'Quốc', 'Thanh', 'Đức', 'Thị', 'Hữu', 'Ngọc'];
export const GIVEN_NAMES = ['Hùng', 'Lâm', 'Hải', 'Phúc', 'Sơn', 'Tùng', 'Khoa', 'Hà', 'Lan', 'Vinh', 'Thắng', 'Bình'];

/** Bodies named after a place of the seed's province (its economic zone): they never move to another province's lines. */
export const PLACE_BOUND = new Set(['ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep', 'ban-quan-ly-khu-kinh-te']);

/** Issuer codes that make a document provincial (numbered by each province). */
export const PROVINCIAL_CODES = new Set(['UBND', 'HĐND', 'TU']);
