import { describe, expect, it } from 'vitest';
import { deadlinePeriod } from '../../../server/src/ingest/deadline-period.ts';
import { parseDeadline } from '../../../server/src/ingest/deadlines.ts';

const period = (text: string) => deadlinePeriod(text, parseDeadline(text));

describe('deadlinePeriod', () => {
  it('ends a year deadline on 31 December and starts it on 1 January', () => {
    expect(period('Năm 2022.')).toEqual({ dueFrom: '2022-01-01', dueBy: '2022-12-31' });
    expect(period('Giai đoạn 2022 - 2025')).toEqual({ dueFrom: '2022-01-01', dueBy: '2025-12-31' });
  });

  it('gives no last day to work that runs on, or to a deadline naming no time', () => {
    expect(period('Năm 2022 và các năm tiếp theo.')).toEqual({ dueFrom: '2022-01-01', dueBy: null });
    expect(period('Thực hiện trong năm 2022 và các năm tiếp theo.')).toEqual({ dueFrom: '2022-01-01', dueBy: null });
    expect(period('Khắc phục từng bước, đảm bảo ổn định tình hình.')).toEqual({ dueFrom: null, dueBy: null });
    expect(deadlinePeriod(null, { years: [], ongoing: false })).toEqual({ dueFrom: null, dueBy: null });
  });

  it('reads a date, a month or a quarter as the last day', () => {
    expect(period('Trước ngày 30/6/2023.')).toEqual({ dueFrom: '2023-01-01', dueBy: '2023-06-30' });
    expect(period('Hoàn thành trong tháng 9/2023')).toEqual({ dueFrom: '2023-01-01', dueBy: '2023-09-30' });
    expect(period('Tháng 2 năm 2024')).toEqual({ dueFrom: '2024-01-01', dueBy: '2024-02-29' });
    expect(period('Quý II/2023')).toEqual({ dueFrom: '2023-01-01', dueBy: '2023-06-30' });
    expect(period('quý 4 năm 2022')).toEqual({ dueFrom: '2022-01-01', dueBy: '2022-12-31' });
    // A date wins over "and the following years": the text names an end.
    expect(period('Trước ngày 15/3/2023 và các năm tiếp theo')).toEqual({ dueFrom: '2023-01-01', dueBy: '2023-03-15' });
  });

  it('ignores impossible dates', () => {
    expect(period('ngày 31/02/2023, năm 2023')).toEqual({ dueFrom: '2023-01-01', dueBy: '2023-12-31' });
  });
});
