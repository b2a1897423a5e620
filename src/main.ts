/**
 * The one surface Apps Script sees. The build (scripts/build.ts) turns every export here into a
 * top-level function of dist/Code.js, and every catalog KPI into a custom function calling
 * callSheetFunction. Nothing here runs at load: an installed add-on's onOpen runs in
 * AuthMode.NONE and any service call at load would hide the menu.
 */
export { callSheetFunction } from './functions/kpiFunctions.ts';
export { onInstall, onOpen } from './server/menu.ts';
