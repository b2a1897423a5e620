/**
 * Menu handler "Build report": reads the spreadsheet, plans the report sheet and applies the plan,
 * under the document lock. Rebuilding replaces only the report sheet the add-on made.
 */
import { applyPlanToSpreadsheet } from '../plan/applyToSpreadsheet.ts';
import { withDocumentLock } from '../plan/documentLock.ts';
import { readSnapshot } from '../plan/readSnapshot.ts';
import { findSheet } from '../plan/snapshot.ts';
import { buildReportPlan } from '../report/reportPlan.ts';
import { REPORT_TEXTS } from '../report/reportTexts.ts';
import { pickLanguage } from '../wizard/wizardModel.ts';

export function buildReport(): void {
  const language = pickLanguage(null, Session.getActiveUserLocale());
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const built = withDocumentLock({ lock: LockService, app: SpreadsheetApp }, () => {
    const snapshot = readSnapshot(spreadsheet);
    if (!findSheet(snapshot, 'kpiMap')) return false;
    applyPlanToSpreadsheet(SpreadsheetApp, spreadsheet, buildReportPlan(snapshot, language).plan);
    return true;
  });
  if (!built) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(REPORT_TEXTS[language].title, REPORT_TEXTS[language].missingMap, ui.ButtonSet.OK);
  }
}
