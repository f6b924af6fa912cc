/**
 * What Plan 83/KH-UBND (Thanh Hóa, 24/03/2022) says, established by reading
 * seeds/83-KH-UBND-2022.page.txt: per weakness, its code, printed number, heading line, counts of
 * causes and tasks, lead and coordinating units (glossary keys) and deadline. The seed's own test
 * and the transformed-seed tests check the parser against it.
 */

// Short names for the glossary keys used below.
export const K = {
  cacSo: 'cac-so-ban-nganh-cap-tinh',
  huyen: 'ubnd-cac-huyen',
  xa: 'ubnd-cac-xa',
  lq: 'cac-don-vi-lien-quan',
  cdt: 'cac-chu-dau-tu',
  dauMoi: 'cac-don-vi-dau-moi-theo-doi-du-an',
  ldtbxh: 'so-lao-dong-thuong-binh-va-xa-hoi',
  yTe: 'so-y-te',
  nn: 'so-nong-nghiep-va-phat-trien-nong-thon',
  ct: 'so-cong-thuong',
  vh: 'so-van-hoa-the-thao-va-du-lich',
  gt: 'so-giao-thong-van-tai',
  xd: 'so-xay-dung',
  khdt: 'so-ke-hoach-va-dau-tu',
  tnmt: 'so-tai-nguyen-va-moi-truong',
  bql: 'ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep',
  gd: 'so-giao-duc-va-dao-tao',
  nv: 'so-noi-vu',
  bhxh: 'bao-hiem-xa-hoi-tinh',
  vp: 'van-phong-ubnd-tinh',
  ca: 'cong-an-tinh',
  qs: 'bo-chi-huy-quan-su-tinh',
  bp: 'bo-chi-huy-bo-doi-bien-phong-tinh',
  tt: 'thanh-tra-tinh',
} as const;
export type Key = keyof typeof K;

export const Y = '2022';
export const ON = 'Năm 2022 và các năm tiếp theo.';
// code, printed number, heading line, causes, tasks, lead, coordinating, deadline text, ongoing
export const EXPECTED: [string, string | null, number, number, number, Key[], Key[], string, boolean][] = [
  ['I.1', '1.', 47, 1, 6, ['cacSo'], ['huyen', 'lq'], 'Năm 2022.', false],
  ['I.2', '2.', 75, 3, 5, ['cacSo', 'huyen'], ['lq'], 'Năm 2022', false],
  ['I.3', '3.', 107, 3, 5, ['ldtbxh'], ['cacSo', 'huyen', 'lq'], ON, true],
  ['II', null, 141, 4, 7, ['yTe'], ['cacSo', 'huyen', 'lq'], ON, true],
  ['III.1.1', '1.1.', 185, 3, 9, ['nn', 'huyen'], ['lq'], ON, true],
  ['III.1.2', '1.2.', 229, 4, 9, ['nn', 'huyen'], ['lq'], ON, true],
  ['III.1.3', '1.3.', 273, 3, 8, ['nn', 'huyen'], ['cacSo', 'lq'], ON, true],
  ['III.1.4', '1.4.', 315, 3, 6, ['nn', 'huyen'], ['cacSo', 'lq'], ON, true],
  ['III.2', '2.', 353, 2, 2, ['ct'], ['lq'], 'Năm 2022.', false],
  ['III.3.1', '3.1.', 379, 1, 5, ['vh'], ['cacSo', 'huyen'], 'Năm 2022.', false],
  ['III.3.2', '3.2.', 405, 1, 3, ['gt'], ['cacSo', 'huyen'], 'Năm 2022.', false],
  ['IV.1', '1.', 429, 3, 4, ['xd', 'cacSo', 'huyen'], ['lq'], 'Năm 2022.', false],
  ['IV.2', '2.2.', 461, 3, 3, ['xd', 'huyen'], ['lq'], ON, true],
  ['V.1', '1.', 493, 4, 3, ['khdt', 'tnmt', 'bql', 'dauMoi'], ['cacSo', 'huyen'], ON, true],
  ['V.2', '2.', 523, 4, 6, ['ct', 'bql', 'huyen'], ['cacSo', 'huyen'], ON, true],
  ['V.3', '3.', 561, 2, 8, ['cdt'], ['cacSo', 'huyen', 'cdt'], ON, true],
  ['V.4', '4.', 601, 3, 11, ['cacSo', 'huyen'], ['lq'], ON, true],
  ['VI.1', '1.', 647, 1, 4, ['gd', 'huyen'], ['lq'], ON, true],
  ['VI.2', '2.', 673, 3, 2, ['gd', 'nv'], ['huyen', 'lq'], ON, true],
  ['VI.3', '3.', 699, 2, 5, ['yTe', 'huyen'], ['cacSo'], ON, true],
  ['VI.4', '4.', 731, 2, 4, ['ldtbxh', 'bhxh'], ['cacSo', 'huyen'], ON, true],
  ['VI.5', '5.', 759, 2, 4, ['ldtbxh'], ['cacSo', 'huyen'], 'Năm 2022.', false],
  ['VI.6', '6.', 787, 3, 5, ['ldtbxh', 'gd', 'huyen'], ['cacSo', 'lq'], ON, true],
  ['VII.1', '1.', 825, 3, 7, ['tnmt', 'huyen'], ['lq'], ON, true],
  ['VII.2', '2.', 865, 3, 4, ['tnmt', 'huyen', 'xa'], ['lq'], ON, true],
  ['VII.3', '3.', 895, 2, 7, ['tnmt', 'huyen'], ['lq'], 'Thực hiện trong năm 2022 và các năm tiếp theo.', true],
  ['VIII.1', '1.', 935, 3, 8, ['nv', 'khdt', 'cacSo'], ['cacSo', 'huyen', 'lq'], ON, true],
  ['VIII.2', '2.', 979, 3, 5, ['nv', 'vp', 'cacSo', 'huyen'], ['lq'], ON, true],
  ['IX.1', '1.', 1015, 3, 4, ['ca', 'qs', 'bp'], ['huyen'], 'Khắc phục từng bước, đảm bảo ổn định tình hình.', true],
  ['IX.2', '2.', 1047, 1, 5, ['tt', 'cacSo', 'huyen'], ['lq'], ON, true],
];
