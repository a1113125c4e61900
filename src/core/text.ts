/**
 * Vietnamese text handling. Names typed on different keyboards look the same but
 * differ in code points (NFC vs NFD, "Hòa" vs "Hoà"), so every comparison
 * goes through `nameKey`.
 */

const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/g;
/** Two spaces in a row, or any white space but a plain space: only then is there anything to collapse. */
const NEEDS_COLLAPSE = /[\s\u00a0\u2007\u202f\ufeff]{2}|[^\S ]|[\u00a0\u2007\u202f\ufeff]/;

/** NFC, trimmed, inner white space collapsed: what we store and display. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).normalize('NFC');
  // Most cells are clean already; skipping the replace is a measurable share of a large run.
  return (NEEDS_COLLAPSE.test(text) ? text.replace(SPACES, ' ') : text).trim();
}

// In NFD a tone mark follows its vowel. The old placement puts the tone of a final
// "oa", "oe", "uy" on the first vowel (hòa, thủy), the new one on the second
// (hoà, thuỷ); both spellings are in use, so keys move it to the first vowel.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const NEW_TONE_PLACEMENT = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

const ASCII = /^[\x00-\x7f]*$/;
/** In NFC the new placement can only be "o" or "u" before a toned a, e or y: without one, there is nothing to move. */
const NEW_TONE_NFC = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]/;

/** Comparison key for names: NFC, old tone placement, case-folded, spaces collapsed. */
export function nameKey(value: unknown): string {
  const clean = cleanText(value);
  // Codes like "DV01" have no marks to move: the key is the lower case.
  if (ASCII.test(clean) || !NEW_TONE_NFC.test(clean)) return clean.toLowerCase();
  const nfd = clean.normalize('NFD').replace(NEW_TONE_PLACEMENT, '$1$3$2');
  // Unicode has no Vietnamese-specific case mapping, so toLowerCase() equals
  // toLocaleLowerCase('vi') on every string and is many times faster.
  return nfd.normalize('NFC').toLowerCase();
}
