/**
 * Menu handlers "Prepare for sharing…" and "Undo prepare for sharing". The dialogs are ui.alert
 * (scope script.container.ui), in the language commandLanguage picks (the KPI map's, else the user's),
 * as is the message when someone else holds the lock. The changes are listed from a first scan, then
 * applied after a fresh scan under the document lock, so edits made while the dialog was open count.
 */
import { withDocumentLock } from '../plan/documentLock.ts';
import {
  prepareForSharing as prepareDocument,
  previewSharingChanges,
  undoPrepareForSharing as undoDocument,
} from '../sharing/prepareForSharing.ts';
import { confirmMessage, SHARING_TEXTS, undoMessage } from '../sharing/sharingTexts.ts';
import { spreadsheetSharingDocument } from '../sharing/spreadsheetSharingDocument.ts';
import { spreadsheetLanguage } from './spreadsheetLanguage.ts';

function services() {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const document = spreadsheetSharingDocument(SpreadsheetApp, spreadsheet);
  const language = spreadsheetLanguage(spreadsheet, Session.getActiveUserLocale());
  const locked = <T>(work: () => T) =>
    withDocumentLock({ lock: LockService, app: SpreadsheetApp, language: () => language }, work);
  return { language, ui: SpreadsheetApp.getUi(), document, locked };
}

export function prepareForSharing(): void {
  const { language, ui, document, locked } = services();
  const t = SHARING_TEXTS[language];
  const changes = previewSharingChanges(document);
  if (changes.length === 0) {
    ui.alert(t.title, t.nothing, ui.ButtonSet.OK);
    return;
  }
  if (ui.alert(t.title, confirmMessage(changes, language), ui.ButtonSet.OK_CANCEL) !== ui.Button.OK) return;
  const result = locked(() => prepareDocument(document));
  const frozen = result.changes.filter((change) => change.action === 'freeze').length;
  ui.alert(t.title, t.done(result.changes.length - frozen, frozen), ui.ButtonSet.OK);
}

export function undoPrepareForSharing(): void {
  const { language, ui, document, locked } = services();
  const result = locked(() => undoDocument(document));
  ui.alert(SHARING_TEXTS[language].undoTitle, undoMessage(result, language), ui.ButtonSet.OK);
}
