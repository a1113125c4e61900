/**
 * A cell of a file whose stored value cannot be taken as typed: a formula saved
 * without its result, a number whose stored text is not a number, a cell stored
 * twice with two different values. Google Sheets
 * never hands one over (`getValues()` always computes); the .xlsx reader does,
 * so that the core names the cell instead of guessing a value. As text it reads
 * as blank (a column the template does not use stays quiet); as points it is an
 * issue at its cell.
 */
export class UnreadCell {
  constructor(
    readonly kind: 'formula' | 'badValue' | 'twice',
    /** What the file holds there (the formula, the stored text, or both values of a cell stored twice), for the message. */
    readonly stored: string,
  ) {}

  toString(): string {
    return '';
  }
}
