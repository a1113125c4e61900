/**
 * Live = menu, cell for cell, on random clusters (test/helpers/live-clusters.ts:
 * rank bands and places, caps, a step, a ladder, Cụm chấm, ties, ballots, bad
 * cells), through the built bundle and the Sheets fake, which works out the custom
 * functions from the cells: the lists and scores typed, "Cập nhật Bảng điểm" lays
 * the formulas, and the live columns of every unit row equal what "Kiểm tra dữ
 * liệu" and "Tính điểm và xếp hạng" write — the total, rank and grade of `Tổng
 * hợp`, every issue of the row in `Kiểm tra`, or, while errors block the ranking,
 * the count of errors and the first one's place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeDocumentApp } from '../fakes/document-app';
import { liveCluster } from '../helpers/live-clusters';
import { expectLiveEqualsMenu } from '../helpers/live-menu';
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
});
