/** The clusters the sidebar tests render: the 2021 example, and a broken copy of it. */
import { evaluate } from '../../src/core/evaluate';
import { sidebarData, type SidebarAction, type SidebarData } from '../../src/core/outputs/sidebar-data';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';
import type { WorkbookGrids } from '../../src/core/model/types';

export const fixture = loadFixture();
export const REPORT_URL = 'https://docs.google.com/document/d/1AbC-example/edit';
/** A unit name a careless (or hostile) editor could type; it must show as text. */
export const HTML_NAME = '<img src=x onerror="window.__injected=1">';

export function exampleGrids(): WorkbookGrids {
  return fixtureGrids(fixture);
}

export function exampleData(action: SidebarAction = 'compute', reportUrl?: string): SidebarData {
  return sidebarData(evaluate(exampleGrids()), { action, reportUrl });
}

/**
 * Row 3 of `Bảng điểm` is Tiền Giang (TG), row 4 Bến Tre (BT); a typo in one and an
 * over-cap bonus in the other block the ranking. Bến Tre's short name looks like HTML.
 */
export function blockedGrids(): WorkbookGrids {
  const grids = exampleGrids();
  const scores = grids.scores!;
  const units = grids.units!;
  if (scores[2][0] !== 'TG' || scores[3][0] !== 'BT' || units[3][0] !== 'BT') throw new Error('fixture layout changed');
  scores[2][2] = 'chín';
  scores[3][3] = 7;
  units[3][2] = HTML_NAME;
  return grids;
}

/** The example with Bến Tre's short name looking like HTML, still ranked. */
export function htmlNamedGrids(): WorkbookGrids {
  const grids = exampleGrids();
  grids.units![3][2] = HTML_NAME;
  return grids;
}
