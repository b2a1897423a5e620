/**
 * The one surface Apps Script sees besides the sheet functions. The build (scripts/build.ts) turns
 * every export here into a top-level function of dist/Code.js (bundled into dist/Server.js), and
 * every catalog sheet function into a custom function of its own. Nothing here runs at load: an
 * installed add-on's onOpen runs in AuthMode.NONE and any service call at load would hide the menu.
 * google.script.run may call any of them with any arguments: those that take a payload check its
 * shape first (src/server/payloadShape.ts); the others never read their arguments.
 */
export { onInstall, onOpen } from './server/menu.ts';
export { activateKpiMap, applyWizard, getWizardModel, previewWizard, showWizard } from './server/wizard.ts';
export { buildReport } from './server/report.ts';
export { prepareForSharing, undoPrepareForSharing } from './server/sharing.ts';
export {
  applyImport,
  getImportContext,
  previewImport,
  readImportTab,
  showImport,
  undoImport,
} from './server/import.ts';
