/**
 * A list in a message a person reads (a toast, an alert, a line of the command):
 * the first few items, then how many more. On a cluster of thousands of units a
 * list of every tie or every unit would fill the screen in one line; the whole
 * list stays where it belongs (the sheet the message points to).
 */

/** How many items a message names before it counts the rest. */
export const LISTED = 5;

/**
 * "A, B, C, D, E cùng 295 cột khác"; the whole list when it is at most one item longer than `LISTED`.
 * Not "và": unit names hold it ("Khoa học và Công nghệ và 2 đơn vị khác" reads as one name).
 */
export function boundedList(items: readonly string[], what: string, separator = ', '): string {
  if (items.length <= LISTED + 1) return items.join(separator);
  return `${items.slice(0, LISTED).join(separator)} cùng ${(items.length - LISTED).toLocaleString('vi-VN')} ${what} khác`;
}
