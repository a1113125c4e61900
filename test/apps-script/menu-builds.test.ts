/**
 * The two builds: the default one (bound script, "Tính điểm" in the menu bar) and
 * the add-on one (`npm run build -- --addon`, under Extensions). Every message that
 * names a menu path names the one the user sees in that build.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET, UNITS_HEADER, CRITERIA_HEADER } from '../../src/core/model/template';
import { build } from '../../scripts/build';
import { loadBuilt } from './harness';

let addonDist: string;
beforeAll(async () => {
  addonDist = `${await mkdtemp(join(tmpdir(), 'tinh-diem-addon-'))}/`;
  await build(addonDist, { addon: true });
});

/** A new cluster's first steps, collecting every text the user is shown. */
function firstSteps(dist?: string) {
  const { google, call } = loadBuilt({}, {}, dist);
  const { spreadsheet: ss, ui } = google;
  ss.addSheet('Trang tính1');
  call('onOpen');
  call('menuTaoBangMau');
  ss.sheet(SHEET.criteria)
    .getRange(1, 1, 2, 4)
    .setValues([[...CRITERIA_HEADER.slice(0, 4)], ['1', 'Chuyên môn', 60, 5]]);
  ss.sheet(SHEET.units)
    .getRange(1, 1, 2, 3)
    .setValues([[...UNITS_HEADER.slice(0, 3)], ['AG', 'Sở Thông tin và Truyền thông tỉnh An Giang', 'An Giang']]);
  call('menuKiemTra');
  call('menuHuongDan');
  const texts = [
    ...ss.toasts.map((t) => t.message),
    ...ui.alerts.map((a) => a.prompt),
    ...ss
      .sheet(SHEET.checks)
      .grid()
      .map((r) => String(r[5] ?? '')),
    ...ui.dialogs.map((d) => d.output.getContent()),
  ];
  return { ui, texts };
}

/** Every "› item" a text names must follow the path of that item in the menu the build made. */
function misnamedPaths(ui: ReturnType<typeof firstSteps>['ui'], texts: readonly string[]): string[] {
  const captions = ui.menus.flatMap((m) => m.items.map((i) => i.caption)).filter((c) => c !== '---');
  const wrong: string[] = [];
  for (const text of texts) {
    for (const caption of captions) {
      const named = text.split(`› ${caption}`).length - 1;
      const right = text.split(`menu ${ui.menuPath(caption)}`).length - 1;
      if (named !== right) wrong.push(`${caption}: ${text}`);
    }
  }
  return wrong;
}

describe('the menu of each build', () => {
  it('puts "Tính điểm" in the menu bar in the default (bound script) build', () => {
    const { ui, texts } = firstSteps();
    expect(ui.menus[0]).toMatchObject({ addon: false, path: 'Tính điểm' });
    expect(texts.join('\n')).toContain('menu Tính điểm › Cập nhật Bảng điểm');
    expect(misnamedPaths(ui, texts)).toEqual([]);
  });

  it('puts the menu under Extensions in the add-on build, and every message says so', () => {
    const { ui, texts } = firstSteps(addonDist);
    expect(ui.menus[0]).toMatchObject({ addon: true, path: 'Tiện ích mở rộng › Tính điểm' });
    expect(texts.join('\n')).toContain('menu Tiện ích mở rộng › Tính điểm › Cập nhật Bảng điểm');
    expect(texts.join('\n')).toContain('<b>Tiện ích mở rộng › Tính điểm</b>');
    expect(misnamedPaths(ui, texts)).toEqual([]);
  });

  it('sends a score sheet that does not follow the lists to the update action, never to recreating the template', () => {
    const { texts } = firstSteps();
    const checks = texts.filter((t) => t.includes('Chuẩn 1'));
    expect(checks.length).toBeGreaterThan(0);
    for (const t of checks) expect(t).toContain('Cập nhật Bảng điểm');
    expect(texts.join('\n')).not.toMatch(/tạo lại bảng mẫu/i);
  });

  it('shows the help in the order of the work: lists, update, permissions, units type, check, compute, report', () => {
    const { ui } = firstSteps();
    const help = ui.dialogs[0].output.getContent();
    const steps = [
      '<b>Tạo bảng mẫu</b>',
      `Danh sách: điền "${SHEET.settings}"`,
      '<b>Cập nhật Bảng điểm</b>',
      '<b>Phân quyền nhập liệu</b>',
      'Các đơn vị nhập điểm',
      '<b>Kiểm tra dữ liệu</b>',
      '<b>Tính điểm và xếp hạng</b>',
      '<b>Tạo báo cáo</b>',
    ];
    const at = steps.map((step) => help.indexOf(step));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
