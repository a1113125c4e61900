/** Dates in the forms Vietnamese documents use. Local time of the runtime (the script's time zone in Apps Script). */

import { twoDigits as two } from './text';

/** "05/01/2022": the one form of a date in messages, sheets and documents. */
export function formatDate(d: Date): string {
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** "25/11/2026 08:44", for `Lịch sử`. */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "ngày 05 tháng 01 năm 2022": days below 10 and months 1-2 take a leading zero (Nghị định 30/2020). */
export function dateInWords(d: Date | null): string {
  // A date the council signs is never invented: blank, the paper keeps room to write it by hand.
  if (d === null) return 'ngày …… tháng …… năm ……';
  const month = d.getMonth() + 1;
  return `ngày ${two(d.getDate())} tháng ${month <= 2 ? two(month) : String(month)} năm ${d.getFullYear()}`;
}
