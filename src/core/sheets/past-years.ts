/**
 * The layout of `Các năm trước`: the results of every year that ended, one row per
 * unit and year, kept for comparison. "Bắt đầu năm mới" writes it whole (the rows
 * it had, plus the year that ends); every run reads it. Nobody types into it.
 * Columns: the fixed ones below, the year's document numbers (by their setting's
 * label, so a number can be told to belong to that year), then a base and a bonus
 * column per criterion code any year had.
 */
import { NUMBER_SETTINGS } from './year-bound-settings';
import { SETTINGS, baseHeader, bonusHeader } from '../model/template';

export const PAST_HEADER = [
  'Năm',
  'Mã đơn vị',
  'Đơn vị',
  'Kế thừa từ',
  'Hạng',
  'Tổng điểm',
  'Điểm chuẩn',
  'Điểm thưởng',
  'Điểm trừ',
  'Xếp loại',
  'Khen thưởng',
] as const;

export type PastColumn = (typeof PAST_HEADER)[number];

/** The header of each document number kept per year: the label of its setting ("Số báo cáo"). */
export const PAST_NUMBER_HEADERS: readonly { key: string; header: string }[] = NUMBER_SETTINGS.map((key) => ({
  key,
  header: SETTINGS.find((d) => d.key === key)?.label ?? key,
}));

/** The per-criterion headers of one criterion code, as in `Bảng điểm`. */
export const pastCriterionHeaders = (code: string): [string, string] => [baseHeader(code), bonusHeader(code)];
