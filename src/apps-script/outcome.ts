import type { SidebarAction } from '../core/outputs/sidebar-data';
import type { Evaluation } from '../core/model/evaluation';

/** What an action leaves for the menu (a message) and the sidebar (its data). */
export interface Outcome {
  ev: Evaluation;
  action: SidebarAction;
  /** Vietnamese, for a toast or a dialog. */
  message: string;
  /** True when the data has errors and the action wrote nothing. */
  refused: boolean;
  reportUrl: string;
}
