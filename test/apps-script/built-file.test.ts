/** The built dist/Code.js as Apps Script will load it: names, JSDoc, syntax, size, and nothing run at load time. */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS, GLOBAL_FUNCTIONS, MENU_FUNCTIONS } from '../../src/apps-script/global-names';
import { MAX_BYTES, checkBundle } from '../../scripts/build';
import { builtCode, loadBuilt } from './harness';

const code = builtCode();

describe('dist/Code.js', () => {
  it('passes the build checks and is small', () => {
    expect(checkBundle(code)).toEqual([]);
    expect(Buffer.byteLength(code, 'utf8')).toBeLessThan(MAX_BYTES);
  });

  it('declares every name Apps Script calls as a top-level function', () => {
    for (const name of GLOBAL_FUNCTIONS) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    const { context } = loadBuilt();
    for (const name of GLOBAL_FUNCTIONS) expect(typeof context[name], name).toBe('function');
  });

  it('keeps the JSDoc of the custom functions with named parameters', () => {
    for (const [name, params] of Object.entries(CUSTOM_FUNCTIONS)) {
      const at = code.indexOf(`\nfunction ${name}(`);
      const doc = code.slice(code.lastIndexOf('/**', at), at);
      expect(doc).toContain('@customfunction');
      for (const p of params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} \\S`));
      expect(code.slice(at + 1, code.indexOf(')', at) + 1)).toBe(`function ${name}(${params.join(', ')})`);
    }
  });

  it('has no import or export and no require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('calls no service while loading (loading runs in AuthMode.NONE)', () => {
    const touched: string[] = [];
    const forbidden = (name: string): unknown =>
      new Proxy(
        {},
        {
          get(_, prop) {
            touched.push(`${name}.${String(prop)}`);
            throw new Error(`${name} used at load time`);
          },
        },
      );
    const services = [
      'SpreadsheetApp',
      'DocumentApp',
      'HtmlService',
      'LockService',
      'PropertiesService',
      'Session',
      'Charts',
      'ScriptApp',
      'DriveApp',
      'Utilities',
    ];
    const context = vm.createContext(Object.fromEntries(services.map((s) => [s, forbidden(s)])));
    expect(() => vm.runInContext(code, context)).not.toThrow();
    expect(touched).toEqual([]);
  });

  it('is refused by the build checks when broken', () => {
    expect(checkBundle(`${code}\nexport {};`)).toContain('the file contains import/export, a syntax error in Apps Script');
    expect(checkBundle(code.replace(`function ${MENU_FUNCTIONS.compute}(`, 'function tinhDiem('))).toContain(
      `no top-level function ${MENU_FUNCTIONS.compute}()`,
    );
    expect(checkBundle(code.replace(/@customfunction/g, ''))).toContain('TONGDIEM has no @customfunction JSDoc');
    expect(checkBundle(code.replace('function XEPLOAI(tong, cau_hinh)', 'function XEPLOAI(t)'))).toContain('XEPLOAI(t) should take (tong, cau_hinh)');
    expect(checkBundle(code + ' '.repeat(MAX_BYTES))[0]).toMatch(/bytes, over/);
  });
});

describe('custom functions through the built file', () => {
  const { call, context } = loadBuilt();
  // Ranges arrive as arrays of the script's own realm, as Sheets passes them.
  const range = (rows: unknown[][]): unknown => vm.runInContext(JSON.stringify(rows), context);

  it('TONGDIEM sums exactly, per row', () => {
    expect(call('TONGDIEM', range([[15, 14.7, 29.9, 20, 19.8]]))).toBe(99.4);
    expect(
      call(
        'TONGDIEM',
        range([
          [20, 20],
          [19.5, 20],
        ]),
        range([[1], ['']]),
        range([[-0.5], [0.5]]),
      ),
    ).toEqual([[40.5], [39]]);
  });

  it('XEPHANG ranks densely unless asked for competition ranks', () => {
    const totals = range([[117.5], [115], [115], [114]]);
    expect(call('XEPHANG', totals, totals)).toEqual([[1], [2], [2], [3]]);
    expect(call('XEPHANG', 114, totals, 'cách')).toBe(4);
  });

  it('KIEMTRA and XEPLOAI answer in Vietnamese', () => {
    expect(call('KIEMTRA', 21, 20)).toBe('Điểm 21 vượt điểm tối đa 20. Hãy gõ một số từ 0 đến 20.');
    expect(call('KIEMTRA', 20, 20)).toBe('');
    expect(call('XEPLOAI', 96)).toBe('Hoàn thành xuất sắc');
  });

  it('turns a date from the sheet (the script realm) into a message, not a stack trace', () => {
    const date = vm.runInContext('new Date(2021, 8, 9)', context);
    expect(call('TONGDIEM', date)).toMatch(/chứa ngày tháng \(09\/09\/2021\)/);
  });
});
