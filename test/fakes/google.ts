/**
 * The Apps Script globals the add-in uses (SpreadsheetApp, Charts, LockService,
 * Session, HtmlService, PropertiesService), in memory, sharing one call counter. `globals` is what a
 * vm context needs; the other fields let a test set up and inspect.
 */
import { Calls, Fake, expose } from './calls';
import { FakeDataValidationBuilder, FakeSpreadsheet, FakeUser, type Env, type Realm } from './spreadsheet';
import { FakeHtmlService, FakeUi } from './ui';

export interface LockState {
  /** Another execution holds the document lock. */
  heldByOther: boolean;
  heldByScript: boolean;
  flushedBeforeRelease: boolean;
  flushes: number;
}

class FakeLock extends Fake {
  constructor(
    calls: Calls,
    readonly state: LockState,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'Lock';
  }
  tryLock(): boolean {
    if (this.state.heldByOther || this.state.heldByScript) return false;
    this.state.heldByScript = true;
    return true;
  }
  hasLock(): boolean {
    return this.state.heldByScript;
  }
  releaseLock(): void {
    this.state.flushedBeforeRelease = this.state.flushes > 0;
    this.state.heldByScript = false;
  }
}

class FakeLockService extends Fake {
  constructor(
    calls: Calls,
    readonly state: LockState,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'LockService';
  }
  getDocumentLock(): FakeLock {
    return new FakeLock(this.calls, this.state);
  }
}

class FakeSession extends Fake {
  constructor(readonly env: Env) {
    super(env.calls);
  }
  get kind(): string {
    return 'Session';
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this.calls, this.env.user);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.calls, this.env.user);
  }
}

/** Google's quotas: 9 kB a value, 500 kB a store ("Properties value size", "Properties total storage"). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

/** The document's properties: shared by every user of the spreadsheet, reachable only through a script. */
export class FakeProperties extends Fake {
  readonly values = new Map<string, string>();
  get kind(): string {
    return 'Properties';
  }
  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  getKeys(): string[] {
    return [...this.values.keys()];
  }
  setProperty(key: string, value: string): this {
    const size = (text: string): number => new TextEncoder().encode(text).length;
    if (size(key) + size(value) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
    const total = [...this.values].reduce((sum, [k, v]) => sum + (k === key ? 0 : size(k) + size(v)), size(key) + size(value));
    if (total > PROPERTY_STORE_LIMIT) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.values.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }
}

class FakePropertiesService extends Fake {
  constructor(
    calls: Calls,
    readonly document: FakeProperties,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'PropertiesService';
  }
  getDocumentProperties(): FakeProperties {
    return this.document;
  }
}

class FakeSpreadsheetApp extends Fake {
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
  constructor(
    calls: Calls,
    readonly spreadsheet: FakeSpreadsheet,
    readonly ui: FakeUi,
    readonly lock: LockState,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'SpreadsheetApp';
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getUi(): FakeUi {
    return this.ui;
  }
  flush(): void {
    this.lock.flushes++;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.calls);
  }
}

export interface FakeGoogleOptions {
  realm?: Realm;
  locale?: string;
  owner?: string;
  user?: string;
  domain?: boolean;
  /** HTML files of the project by name (e.g. Sidebar from dist/Sidebar.html). */
  files?: Record<string, string>;
}

export function fakeGoogle(options: FakeGoogleOptions = {}) {
  const calls = new Calls();
  const owner = options.owner ?? 'thuky@cum08.example.vn';
  const env: Env = { calls, realm: options.realm ?? { makeDate: (ms) => new Date(ms) }, owner, user: options.user ?? owner, domain: options.domain ?? true };
  const spreadsheet = new FakeSpreadsheet(env, options.locale ?? 'vi_VN');
  const ui = new FakeUi(calls);
  const lock: LockState = { heldByOther: false, heldByScript: false, flushedBeforeRelease: false, flushes: 0 };
  const html = new FakeHtmlService(calls, options.files ?? {});
  const documentProperties = new FakeProperties(calls);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: expose(new FakeSpreadsheetApp(calls, spreadsheet, ui, lock)),
    LockService: expose(new FakeLockService(calls, lock)),
    Session: expose(new FakeSession(env)),
    HtmlService: expose(html),
    PropertiesService: expose(new FakePropertiesService(calls, documentProperties)),
    Charts: { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN' } },
  };
  return { calls, env, spreadsheet, ui, lock, html, documentProperties, globals };
}

export type FakeGoogle = ReturnType<typeof fakeGoogle>;
