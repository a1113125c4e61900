/**
 * The cluster's corrections (`Cụm chấm`) counted in words, the same in the report, the
 * sidebar and the command (and in any document that counts them). A count is of corrections, never "2 điểm",
 * which a reader of an official paper takes for "by two points".
 */

/** "2 lượt điều chỉnh điểm số" ("02 …" when given so): how many scores the cluster changed. */
export function correctionCount(n: number | string): string {
  return `${n} lượt điều chỉnh điểm số`;
}
