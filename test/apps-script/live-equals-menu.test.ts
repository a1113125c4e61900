/**
 * Live = menu, cell for cell, on random clusters (test/helpers/live-clusters.ts:
 * rank bands and places, caps, a step, a ladder, Cụm chấm, ties, ballots, bad
 * cells), through the built bundle and the Sheets fake, which works out the custom
 * functions from the cells: the lists and scores typed, "Cập nhật Bảng điểm" lays
 * the formulas, and the live columns of every unit row equal what "Kiểm tra dữ
 * liệu" and "Tính điểm và xếp hạng" write — the total, rank and grade of `Tổng
 * hợp`, every issue of the row in `Kiểm tra`, or, while errors block the ranking,
 * the count of errors and the first one's place. With submissions: some units
 * submit (refused while their row has errors), some submitted cells change, and the
 * live check names each change as the menu does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { fakeDocumentApp } from '../fakes/document-app';
import { liveCluster } from '../helpers/live-clusters';
import { expectLiveEqualsMenu, liveRows } from '../helpers/live-menu';
import { loadBuilt } from './harness';
import { fillWorkbook } from './workbook';

describe('live columns = menu on random clusters, through the built add-in', () => {
  it('give every unit row the menu’s total, rank, grade and issues, bands, Cụm chấm, ties and ballots included', () => {
    let ranked = 0;
    let withBallots = 0;
    fc.assert(
      fc.property(liveCluster, ({ grids, has }) => {
        const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
        fillWorkbook(google.spreadsheet, grids);
        call('menuCapNhatBangDiem');
        if (expectLiveEqualsMenu(google.spreadsheet, call)) ranked++;
        if (has.ballots) withBallots++;
      }),
      { numRuns: 15, seed: 19, endOnFailure: true },
    );
    // The generator reaches both sides: rankings and refusals, and ballots.
    expect(ranked).toBeGreaterThan(3);
    expect(withBallots).toBeGreaterThan(2);
  });

  it('name every value changed after submission in the row’s check, as the menu does', () => {
    let changedSeen = 0;
    fc.assert(
      fc.property(
        liveCluster,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.array(fc.record({ unit: fc.nat(), column: fc.nat(), value: fc.constantFrom(0, 1, 4.5, 'mười') }), { maxLength: 3 }),
        ({ grids }, submits, changes) => {
          const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
          const ss = google.spreadsheet;
          fillWorkbook(ss, grids);
          call('menuCapNhatBangDiem');
          const sheet = ss.sheet(SHEET.scores);
          const rows = liveRows(ss);
          rows.forEach((r, i) => {
            if (!submits[i]) return;
            sheet.getRange(r.row, 2).activate();
            call('menuNopBangDiem');
          });
          // Typed cells of the rows (right of code and name, left of the live columns) changed after the submissions.
          const typed = sheet.grid()[0].indexOf('Tổng điểm') - 2;
          for (const c of changes) sheet.getRange(rows[c.unit % rows.length].row, 3 + (c.column % typed)).setValues([[c.value]]);
          if (liveRows(ss).some((r) => r.check.includes('sau khi nộp'))) changedSeen++;
          expectLiveEqualsMenu(ss, call);
        },
      ),
      { numRuns: 12, seed: 23, endOnFailure: true },
    );
    // Changes after a submission are reached, and shown live.
    expect(changedSeen).toBeGreaterThan(2);
  });
});
