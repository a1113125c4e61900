/**
 * Vietnamese text handling. Names typed on different keyboards look the same but
 * differ in code points (NFC vs NFD, "Hòa" vs "Hoà"), so every comparison
 * goes through `nameKey`.
 */

const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/g;

/** NFC, trimmed, inner white space collapsed: what we store and display. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').replace(SPACES, ' ').trim();
}

// In NFD a tone mark follows its vowel. The old placement puts the tone of a final
// "oa", "oe", "uy" on the first vowel (hòa, thủy), the new one on the second
// (hoà, thuỷ); both spellings are in use, so keys move it to the first vowel.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const NEW_TONE_PLACEMENT = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/** Comparison key for names: NFC, old tone placement, case-folded, spaces collapsed. */
export function nameKey(value: unknown): string {
  const nfd = cleanText(value).normalize('NFD').replace(NEW_TONE_PLACEMENT, '$1$3$2');
  return nfd.normalize('NFC').toLocaleLowerCase('vi');
}
