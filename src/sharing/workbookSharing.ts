/**
 * "Prepare for sharing" and its undo on the in-memory workbook, for the local preview's menu: the
 * same code and dialog texts as on Google Sheets, with the preview's own confirm dialog.
 */
import type { Language } from '../catalog/types.ts';
import type { Workbook } from '../inMemory/workbook.ts';
import { prepareForSharing, previewSharingChanges, undoPrepareForSharing } from './prepareForSharing.ts';
import { confirmMessage, SHARING_TEXTS, undoMessage } from './sharingTexts.ts';
import { workbookSharingDocument } from './workbookSharingDocument.ts';

/** Lists the changes, asks `confirm` with the dialog text, applies; returns the closing message. */
export function prepareWorkbookForSharing(
  workbook: Workbook,
  language: Language,
  confirm: (message: string) => boolean,
): string {
  const t = SHARING_TEXTS[language];
  const document = workbookSharingDocument(workbook);
  const changes = previewSharingChanges(document);
  if (changes.length === 0) return t.nothing;
  if (!confirm(confirmMessage(changes, language))) return '';
  const result = prepareForSharing(document);
  const frozen = result.changes.filter((change) => change.action === 'freeze').length;
  return t.done(result.changes.length - frozen, frozen);
}

export function undoWorkbookPrepareForSharing(workbook: Workbook, language: Language): string {
  return undoMessage(undoPrepareForSharing(workbookSharingDocument(workbook)), language);
}
