/** Page and type sizes of an administrative report (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import type { PageSetup } from './model';

export const PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  lineSpacing: 1.15,
  firstLineIndentMm: 12.7,
  pageNumberSize: 13,
};
