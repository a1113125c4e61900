/**
 * Loads the built sidebar in headless Chromium the way HtmlService serves it: the
 * scriptlet filled with `sidebarJson(data)` and a stub `google.script.run` that
 * records every call and answers with canned `SidebarData`.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { INITIAL_JSON_SCRIPTLET } from '../../scripts/build-sidebar';
import { sidebarJson, type SidebarData } from '../../src/core/outputs/sidebar-data';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const INSTALL_HINT = `no ${CHROMIUM}; install it with: apt-get update && apt-get install -y chromium`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const PAGE_URL = 'https://sidebar.test/';
export const WIDTH = 300;

/** One browser context at the sidebar's width; each test opens its own page in it. */
export async function launch(): Promise<BrowserContext> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return browser.newContext({ viewport: { width: WIDTH, height: 800 } });
}

export interface ServerStub {
  /** What each server function returns, by name. */
  responses?: Record<string, SidebarData>;
  /** Server functions that throw, with their error message. */
  failures?: Record<string, string>;
  /** Hold every answer until the test calls `release(page)`, to see a step running. */
  manual?: boolean;
}

export interface Call {
  name: string;
  args: unknown[];
}

interface StubWindow {
  __calls: Call[];
  __release(): boolean;
  google: unknown;
}

/** Runs in the page before its own script; must be self-contained (it is serialized). */
function installStub(stub: ServerStub): void {
  const w = window as unknown as StubWindow;
  const calls: Call[] = [];
  const pending: (() => void)[] = [];
  type Handler = ((value: unknown) => void) | null;
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'withSuccessHandler') return (f: Handler) => runner(f, failure);
          if (name === 'withFailureHandler') return (f: Handler) => runner(success, f);
          return (...args: unknown[]) => {
            const fn = String(name);
            calls.push({ name: fn, args });
            const answer = (): void => {
              const message = stub.failures?.[fn];
              if (message !== undefined) failure?.(new Error(message));
              else success?.(stub.responses?.[fn] ?? null);
            };
            if (stub.manual) pending.push(answer);
            else setTimeout(answer, 0);
          };
        },
      },
    );
  w.__calls = calls;
  w.__release = () => {
    const next = pending.shift();
    next?.();
    return next !== undefined;
  };
  w.google = { script: { run: runner(null, null) } };
}

export interface OpenPage {
  page: Page;
  /** Every URL the page asked for: only the page itself may appear. */
  requests: string[];
  /** Uncaught errors of the page's script. */
  errors: string[];
}

/** Opens the page with `initial` embedded (null: the scriptlet left empty, as for a bare menu open). */
export async function openSidebar(context: BrowserContext, html: string, initial: SidebarData | null, stub: ServerStub = {}): Promise<OpenPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const body = html.replace(INITIAL_JSON_SCRIPTLET, () => (initial ? sidebarJson(initial) : ''));
  await page.route('**/*', (route) =>
    route.request().url() === PAGE_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort(),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(installStub, stub);
  await page.goto(PAGE_URL);
  return { page, requests, errors };
}

export function calls(page: Page): Promise<Call[]> {
  return page.evaluate(() => (window as unknown as StubWindow).__calls);
}

export function release(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as StubWindow).__release());
}
