/**
 * Bonus by place in an outside ranking (a national ranking the cluster does not
 * score itself): a criterion's bands ("1-10: 3; 11-20: 1,5 (10 đến 20)") in
 * `Tiêu chí`, each unit's place in a "Hạng ngoài <mã>" column of `Đơn vị`. The
 * bonus follows from the place; a typed bonus that disagrees is an error at its cell.
 */
import { CODE, IssueList } from '../model/issues';
import { formatPoints } from '../model/numbers';
import type { ParsedScores } from '../read/parse-scores';
import { scoreCell } from '../read/parse-scores';
import { SHEET, placeHeader } from '../model/template';
import { nameKey } from '../model/text';
import type { Criterion, Milli, RankBand, Unit } from '../model/types';

export function bandOf(bands: readonly RankBand[], place: number | undefined): RankBand | undefined {
  return place === undefined ? undefined : bands.find((b) => b.from <= place && place <= b.to);
}

/** A unit's place on a criterion, if the units sheet gives one. */
export function placeOf(unit: Unit, criterion: Criterion): number | undefined {
  return unit.places?.[nameKey(criterion.code)]?.place;
}

/**
 * Sets the bonus of every banded criterion from the unit's place; a typed bonus
 * that says otherwise is an error at its cell, and a missing place column an
 * error too (without it every unit would silently get no bonus).
 */
export function applyBands(
  scores: ParsedScores,
  criteria: readonly Criterion[],
  units: readonly Unit[],
  placeColumns: ReadonlySet<string>,
  separator: '.' | ',',
  issues: IssueList,
): void {
  const byCode = new Map(units.map((u) => [u.code, u]));
  criteria.forEach((c, j) => {
    if (!c.bands) return;
    if (!placeColumns.has(nameKey(c.code))) {
      issues.error(
        CODE.missingColumn,
        SHEET.units,
        'A1',
        `Tiêu chí ${c.code} thưởng theo hạng ngoài nhưng trang "${SHEET.units}" chưa có cột "${placeHeader(c.code)}" để ghi hạng từng đơn vị.`,
      );
      return;
    }
    for (const row of scores.rows) {
      const unit = byCode.get(row.unitCode);
      if (!unit) continue;
      const place = placeOf(unit, c);
      const expected = bandOf(c.bands, place)?.points ?? 0;
      const typed = row.bonus[j];
      if (typed !== null && typed !== expected) {
        const fmt = (v: Milli): string => formatPoints(v, separator);
        const why = place === undefined ? 'không xếp hạng' : `hạng ngoài ${place}`;
        issues.error(
          CODE.bandMismatch,
          SHEET.scores,
          scoreCell(scores.columns, row, 'bonus', j),
          `Điểm thưởng tiêu chí ${c.code} của ${unit.shortName} ghi ${fmt(typed)}, nhưng ${why} (trang "${SHEET.units}") được ${fmt(expected)} điểm. Hãy sửa, hoặc để trống để tự tính.`,
          unit.code,
        );
      }
      row.bonus[j] = expected;
    }
  });
}
