/**
 * Marks the input cells an issue points at (a note and a background of ours) and
 * takes our marks off cells that are fine now. Ours are recognised by the note
 * prefix and by our two colours; a note the user wrote stays, ours is appended
 * after it, and a colour the user chose is never changed: a cell the user coloured
 * gets our note only (painting it would lose the colour once the cell is fixed).
 */
import { parseA1 } from '../core/model/a1';
import { INPUT_ROLES, SHEET } from '../core/model/template';
import type { Issue, Severity } from '../core/model/types';
import { PLAIN_BACKGROUND } from './block';
import type { Inputs } from './inputs';

export const MARK_PREFIX = '⚠ Tính điểm: ';
/** A note needs no change, so its cell is not marked. */
type Marked = Exclude<Severity, 'note'>;

/** Unusual shades, so that a colour a user picked from the palette is not mistaken for ours. */
export const MARK_COLOUR: Record<Marked, string> = { error: '#f8d3d0', warning: '#fdefc4' };
const OUR_COLOURS = new Set(Object.values(MARK_COLOUR));

interface Wanted {
  severity: Marked;
  messages: string[];
}

/** The note without our part (ours always runs from the prefix to the end). */
export function userPart(note: string): string {
  const at = note.indexOf(MARK_PREFIX);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, '');
}

function wantedBySheet(issues: readonly Issue[], sheet: string, rows: number, columns: number): Map<string, Wanted> {
  const wanted = new Map<string, Wanted>();
  for (const issue of issues) {
    if (issue.sheet !== sheet || issue.severity === 'note') continue;
    const at = parseA1(issue.cell);
    // A missing column is reported just right of the header: there is no cell to mark.
    if (!at || at.row >= rows || at.col >= columns) continue;
    const key = `${at.row},${at.col}`;
    const entry: Wanted = wanted.get(key) ?? { severity: issue.severity, messages: [] };
    if (issue.severity === 'error') entry.severity = 'error';
    entry.messages.push(issue.message);
    wanted.set(key, entry);
  }
  return wanted;
}

/** Rewrites notes and backgrounds of each input sheet in one call each, only where something changed. */
export function markIssues(inputs: Inputs, issues: readonly Issue[]): void {
  for (const role of INPUT_ROLES) {
    const range = inputs.ranges[role];
    if (!range) continue;
    const notes = range.getNotes();
    const backgrounds = range.getBackgrounds();
    const wanted = wantedBySheet(issues, SHEET[role], notes.length, notes[0]?.length ?? 0);
    let changed = false;
    const newNotes = notes.map((row, r) =>
      row.map((note, c) => {
        const want = wanted.get(`${r},${c}`);
        const mine = want ? want.messages.map((m) => MARK_PREFIX + m).join('\n') : '';
        const next = [userPart(note), mine].filter(Boolean).join('\n\n');
        if (next !== note) changed = true;
        return next;
      }),
    );
    const newBackgrounds = backgrounds.map((row, r) =>
      row.map((colour, c) => {
        const want = wanted.get(`${r},${c}`);
        const ours = OUR_COLOURS.has(colour.toLowerCase());
        const paintable = ours || colour.toLowerCase() === PLAIN_BACKGROUND;
        const next = want && paintable ? MARK_COLOUR[want.severity] : ours && !want ? PLAIN_BACKGROUND : colour;
        if (next !== colour) changed = true;
        return next;
      }),
    );
    if (!changed) continue;
    range.setNotes(newNotes);
    range.setBackgrounds(newBackgrounds);
  }
}
