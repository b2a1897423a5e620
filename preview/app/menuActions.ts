import type { Workbook } from '../../src/inMemory/workbook.ts';
import { buildReportOnWorkbook } from '../../src/report/workbookReport.ts';
import { prepareWorkbookForSharing, undoWorkbookPrepareForSharing } from '../../src/sharing/workbookSharing.ts';
import { commandLanguage } from '../../src/wizard/commandLanguage.ts';

/**
 * What the add-on's menu items do in the preview, by the Apps Script function name the menu calls
 * (src/server/menu.ts). Each runs the same plan or code as on Google Sheets, against the in-memory
 * workbook, and returns what to tell the user ('' for nothing). 'showWizard' opens the side panel
 * and is handled by the page itself.
 */
export type MenuAction = (workbook: Workbook, ask: (message: string) => boolean) => string;

/** The browser's language, the preview's stand-in for the Google account's locale. */
const userLocale = () => (typeof navigator === 'undefined' ? null : navigator.language);

/** One rule for every message (src/wizard/commandLanguage.ts): the KPI map's language, else the user's. */
const language = (workbook: Workbook) => commandLanguage({ snapshot: workbook.snapshot(), userLocale: userLocale() });

export const MENU_ACTIONS: Record<string, MenuAction> = {
  buildReport: (workbook) => buildReportOnWorkbook(workbook, userLocale()).message,
  prepareForSharing: (workbook, ask) => prepareWorkbookForSharing(workbook, language(workbook), ask),
  undoPrepareForSharing: (workbook) => undoWorkbookPrepareForSharing(workbook, language(workbook)),
};
