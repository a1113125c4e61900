/**
 * One writing run at a time per spreadsheet: two people pressing "Tính điểm" at
 * once would otherwise swap output sheets under each other.
 */

export const BUSY_MESSAGE = 'Một lượt chạy khác đang ghi vào bảng tính này. Hãy chờ lượt đó xong rồi thử lại; lần này chưa có gì thay đổi.';

/** Short: a second run should be told at once, not queue behind a six-minute run. */
const WAIT_MS = 2000;

export type Locked<T> = { ran: true; value: T } | { ran: false };

export function withDocumentLock<T>(work: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    // Pending writes must land before the next run can read.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
