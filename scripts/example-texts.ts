/**
 * The free texts of the example cluster's report (sections, narratives), taken
 * from the 2021 draft in ../shared/reference. Filled in by the report work.
 */
import type { SettingValues } from './example-data';

/** Settings-sheet values by setting key (see SETTINGS in src/core/template.ts). */
export const EXAMPLE_SETTINGS: SettingValues = {};

/** Criterion narrative ("Nội dung báo cáo") by criterion code. */
export const EXAMPLE_NARRATIVES: Record<string, string> = {};
