/**
 * Which build this bundle is: a bound script (the default: a top-level menu
 * "Tính điểm") or an editor add-on (`npm run build -- --addon`: the menu sits under
 * Extensions). scripts/build.ts defines the constant; messages name the menu path
 * of this build.
 */
import { menuGuide, type Guide } from '../core/model/guide';

declare const __TINH_DIEM_ADDON__: boolean | undefined;

export const ADDON_BUILD: boolean = typeof __TINH_DIEM_ADDON__ !== 'undefined' && __TINH_DIEM_ADDON__ === true;

export const GUIDE: Guide = menuGuide(ADDON_BUILD);
