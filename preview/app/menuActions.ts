import type { Workbook } from '../../src/inMemory/workbook.ts';
import { buildReportOnWorkbook } from '../../src/report/workbookReport.ts';
import { prepareWorkbookForSharing, undoWorkbookPrepareForSharing } from '../../src/sharing/workbookSharing.ts';
import { pickLanguage } from '../../src/wizard/wizardModel.ts';

/**
 * What the add-on's menu items do in the preview, by the Apps Script function name the menu calls
 * (src/server/menu.ts). Each runs the same plan or code as on Google Sheets, against the in-memory
 * workbook, and returns what to tell the user ('' for nothing). 'showWizard' opens the side panel
 * and is handled by the page itself.
 */
export type MenuAction = (workbook: Workbook, ask: (message: string) => boolean) => string;

const language = () => pickLanguage(null, typeof navigator === 'undefined' ? null : navigator.language);

export const MENU_ACTIONS: Record<string, MenuAction> = {
  buildReport: (workbook) => buildReportOnWorkbook(workbook, language()).message,
  prepareForSharing: (workbook, ask) => prepareWorkbookForSharing(workbook, language(), ask),
  undoPrepareForSharing: (workbook) => undoWorkbookPrepareForSharing(workbook, language()),
};
