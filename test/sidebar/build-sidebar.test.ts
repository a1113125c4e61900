import { describe, expect, it } from 'vitest';
import { INITIAL_JSON_SCRIPTLET, buildSidebarHtml } from '../../scripts/build-sidebar';

describe('buildSidebarHtml', async () => {
  const html = await buildSidebarHtml();

  it('embeds the initial data through exactly one HtmlService scriptlet, in a JSON script element', () => {
    expect(html.split('<?')).toHaveLength(2);
    expect(html).toContain(`<script type="application/json" id="initial-data">${INITIAL_JSON_SCRIPTLET}</script>`);
  });

  it('is one self-contained page: CSS and JavaScript inline, nothing fetched from elsewhere', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|@import|url\(|https?:\/\//i);
    expect(html).not.toContain('/* sidebar.css */');
    expect(html).not.toContain('/* sidebar-client.ts */');
    // The client calls the four server functions by their contract names, unminified.
    for (const name of ['sidebarCheck', 'sidebarCompute', 'sidebarReport', 'sidebarSelectCell']) expect(html).toContain(`"${name}"`);
  });

  it('keeps every user-visible text in Vietnamese with its diacritics', () => {
    for (const text of ['Kiểm tra dữ liệu', 'Tính điểm và xếp hạng', 'Tạo báo cáo', 'đang chạy…', 'bỏ qua: còn lỗi', 'Lỗi và cảnh báo'])
      expect(html).toContain(text);
  });
});
