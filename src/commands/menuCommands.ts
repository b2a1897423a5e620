/**
 * The menu items besides the wizard, written once against the spreadsheet door and its dialogs, by the
 * Apps Script function name the menu calls (src/server/menu.ts): src/server/ runs them on Google Sheets
 * with ui.alert, the preview (preview/app/menuActions.ts) on the in-memory workbook with its own dialogs.
 * Every message is in the language commandLanguage picks (the KPI map's, else the user's).
 */
import type { CommandDialogs, SpreadsheetDoor } from '../door/spreadsheetDoor.ts';
import { findSheet } from '../plan/snapshot.ts';
import { buildReportPlan } from '../report/reportPlan.ts';
import { REPORT_TEXTS } from '../report/reportTexts.ts';
import { prepareForSharing, previewSharingChanges, undoPrepareForSharing } from '../sharing/prepareForSharing.ts';
import { confirmMessage, SHARING_TEXTS, undoMessage } from '../sharing/sharingTexts.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';

export type MenuCommand = (door: SpreadsheetDoor, dialogs: CommandDialogs) => void;

/**
 * "Build report": reads the spreadsheet, plans the report tab and applies the plan, under the lock.
 * Rebuilding replaces only the report tab the add-on made.
 */
function buildReport(door: SpreadsheetDoor, dialogs: CommandDialogs): void {
  const userLocale = door.userLocale();
  const built = door.withLock(() => {
    const snapshot = door.readSnapshot();
    if (!findSheet(snapshot, 'kpiMap')) return null;
    const result = buildReportPlan(snapshot, userLocale);
    const applied = door.applyPlan(result.plan);
    const name =
      applied.created.find((sheet) => sheet.key === 'report')?.name ??
      findSheet(snapshot, 'report')?.name ??
      result.sheetName;
    return { language: result.language, name };
  });
  if (built) {
    dialogs.status(REPORT_TEXTS[built.language].built(built.name));
    return;
  }
  // There is no KPI map, so the rule comes down to the user's language.
  const t = REPORT_TEXTS[commandLanguage({ userLocale })];
  dialogs.alert(t.title, t.missingMap);
}

/**
 * "Prepare for sharing…": the changes are listed from a first scan for the confirm dialog, then applied
 * after a fresh scan under the lock, so edits made while the dialog was open count.
 */
function prepareDocumentForSharing(door: SpreadsheetDoor, dialogs: CommandDialogs): void {
  const language = door.language();
  const t = SHARING_TEXTS[language];
  const changes = previewSharingChanges(door);
  if (changes.length === 0) {
    dialogs.alert(t.title, t.nothing);
    return;
  }
  if (!dialogs.confirm(t.title, confirmMessage(changes, language))) return;
  const result = door.withLock(() => prepareForSharing(door), language);
  const frozen = result.changes.filter((change) => change.action === 'freeze').length;
  dialogs.alert(t.title, t.done(result.changes.length - frozen, frozen));
}

/** "Undo prepare for sharing": puts back every original formula whose cell nobody has edited since. */
function undoDocumentPrepareForSharing(door: SpreadsheetDoor, dialogs: CommandDialogs): void {
  const language = door.language();
  const result = door.withLock(() => undoPrepareForSharing(door), language);
  dialogs.alert(SHARING_TEXTS[language].undoTitle, undoMessage(result, language));
}

export const MENU_COMMANDS = {
  buildReport,
  prepareForSharing: prepareDocumentForSharing,
  undoPrepareForSharing: undoDocumentPrepareForSharing,
} satisfies Record<string, MenuCommand>;
