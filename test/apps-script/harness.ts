/**
 * Loads the BUILT dist/Code.js into a fresh `node:vm` context with the fake
 * services, as Apps Script would: one global scope, the top-level functions called
 * by name. Extra globals (e.g. the report helper's DocumentApp fake) plug in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { fakeGoogle, type FakeGoogle, type FakeGoogleOptions } from '../fakes/google';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export function builtCode(dist = DIST): string {
  return readFileSync(`${dist}Code.js`, 'utf8');
}

export interface Loaded {
  google: FakeGoogle;
  context: vm.Context;
  /** Calls a global function of the built file, as a menu item or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
}

/** `dist`: the folder of another build (e.g. the add-on build made by a test). */
export function loadBuilt(options: FakeGoogleOptions = {}, extra: Record<string, unknown> = {}, dist = DIST): Loaded {
  const context = vm.createContext({});
  const RealmDate = vm.runInContext('Date', context) as DateConstructor;
  const google = fakeGoogle({ files: { Sidebar: readFileSync(`${dist}Sidebar.html`, 'utf8') }, ...options, realm: { makeDate: (ms) => new RealmDate(ms) } });
  Object.assign(context, google.globals, extra);
  vm.runInContext(builtCode(dist), context, { filename: 'Code.js' });
  // Formulas in the sheets call the script's functions, as a custom function in a cell does.
  google.spreadsheet.useFunctions((name) => {
    const fn = context[name] as unknown;
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  });
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name] as unknown;
    if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  return { google, context, call };
}

/**
 * From now on, records at each question (`ui.alert`) whether the script held the
 * document lock: a question comes before the lock, so a dialog left open holds no
 * other run up.
 */
export function lockAtQuestions(google: FakeGoogle): boolean[] {
  const held: boolean[] = [];
  const alert = google.ui.alert.bind(google.ui);
  google.ui.alert = (...args: string[]) => {
    held.push(google.lock.heldByScript);
    return alert(...args);
  };
  return held;
}
