/**
 * The page talks to the add-in only through `google.script.run`; these are the
 * server functions the Apps Script bundle declares (core SIDEBAR_FUNCTIONS).
 */
import type { SidebarData, SidebarFunction } from '../core/outputs/sidebar-data';

export type ServerFunction = SidebarFunction;

type Runner = Record<ServerFunction, (...args: string[]) => void> & {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
};

declare const google: { script: { run: Runner } };

export function callServer(name: ServerFunction, ...args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    runner[name](...args);
  });
}

/** The Vietnamese message thrown by the server, without the runtime's "Exception: " prefix. */
export function failureMessage(error: unknown): string {
  const raw =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error ?? '');
  const message = raw.replace(/^(Exception|Error|ScriptError):\s*/, '').trim();
  return message || 'Không rõ nguyên nhân. Hãy thử lại; nếu vẫn lỗi, mở lại thanh bên.';
}

/** Guards the page against a server answer of another shape (an older add-in version, a null). */
export function asSidebarData(value: unknown): SidebarData | null {
  const data = value as SidebarData | null;
  return typeof data === 'object' && data !== null && Array.isArray(data.groups) && Array.isArray(data.ranking) && typeof data.errors === 'number'
    ? data
    : null;
}
