/**
 * Menu handler "Build report": reads the spreadsheet, plans the report sheet and applies the plan,
 * under the document lock. Rebuilding replaces only the report sheet the add-on made. Every message is
 * in the language commandLanguage picks (the map's, else the user's).
 */
import { applyPlanToSpreadsheet } from '../plan/applyToSpreadsheet.ts';
import { withDocumentLock } from '../plan/documentLock.ts';
import { readSnapshot } from '../plan/readSnapshot.ts';
import { findSheet } from '../plan/snapshot.ts';
import { buildReportPlan } from '../report/reportPlan.ts';
import { REPORT_TEXTS } from '../report/reportTexts.ts';
import { commandLanguage } from '../wizard/commandLanguage.ts';
import { spreadsheetLanguage } from './spreadsheetLanguage.ts';

export function buildReport(): void {
  const userLocale = Session.getActiveUserLocale();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const services = {
    lock: LockService,
    app: SpreadsheetApp,
    // Read only when the lock is busy: a run that gets the lock reads the spreadsheet once.
    language: () => spreadsheetLanguage(spreadsheet, userLocale),
  };
  const built = withDocumentLock(services, () => {
    const snapshot = readSnapshot(spreadsheet);
    if (!findSheet(snapshot, 'kpiMap')) return false;
    applyPlanToSpreadsheet(SpreadsheetApp, spreadsheet, buildReportPlan(snapshot, userLocale).plan);
    return true;
  });
  if (!built) {
    // There is no KPI map, so the rule comes down to the user's language.
    const language = commandLanguage({ userLocale });
    const ui = SpreadsheetApp.getUi();
    ui.alert(REPORT_TEXTS[language].title, REPORT_TEXTS[language].missingMap, ui.ButtonSet.OK);
  }
}
