/**
 * Vietnamese text handling. Names typed on different keyboards look the same but
 * differ in code points (NFC vs NFD, "Hòa" vs "Hoà"), so every comparison
 * goes through `nameKey`.
 */

const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/g;
/**
 * Format characters that show as nothing: soft hyphen, zero-width space,
 * (non-)joiners, direction marks and embeddings, word joiner, BOM. Text pasted
 * from web pages and chat apps carries them, and "AA" with a zero-width space
 * must still be unit AA.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
/** Two spaces in a row, any white space but a plain space, or an invisible character: only then is there anything to do. */
const NEEDS_WORK = new RegExp(`[\\s\\u00a0\\u2007\\u202f]{2}|[^\\S ]|[\\u00a0\\u2007\\u202f]|${INVISIBLE.source}`);

/** NFC, invisible characters dropped, trimmed, inner white space collapsed: what we store and display. */
export function cleanText(value: unknown): string {
  // A blank cell is most of a large sheet's evidence and reason columns: nothing to normalize.
  if (value === null || value === undefined || value === '') return '';
  const text = String(value).normalize('NFC');
  // Most cells are clean already; skipping the replaces is a measurable share of a large run.
  return (NEEDS_WORK.test(text) ? text.replace(INVISIBLE, '').replace(SPACES, ' ') : text).trim();
}

/** Whether a typed value holds characters that show as nothing (and that `cleanText` drops). */
export function hasInvisible(value: unknown): boolean {
  return typeof value === 'string' && HAS_INVISIBLE.test(value);
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

/** A line without the list mark typed before it ("- ", "– ", "• ", "+ "): lists in settings are typed with any of them. */
export function withoutBullet(line: string): string {
  return line.replace(/^[-–•+]\s*/, '');
}

/** "09": counts and numbers in document names take two digits, as the reference writes them. */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');
