/**
 * Runs work that reads and writes the spreadsheet under the document lock, so two people running the
 * wizard at once cannot interleave their writes. Pending writes are flushed before the lock is released:
 * otherwise the next holder could read the sheet before Apps Script has sent our batched writes.
 */

import type { Language } from '../catalog/types.ts';

/** How long to wait for someone else's run to finish before giving up. */
export const LOCK_TIMEOUT_MS = 30_000;

export interface LockServices {
  lock: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>;
  app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'flush'>;
  /**
   * The language of the command's other messages (src/wizard/commandLanguage.ts), asked only when the
   * lock cannot be had, so a command that gets the lock reads nothing extra. English when left out.
   */
  language?: () => Language;
}

/** What the user reads when the lock cannot be had, in each language. */
export const LOCK_TEXTS: Record<Language, { noLock: string; busy: (seconds: number) => string }> = {
  en: {
    noLock: 'This spreadsheet cannot be locked here: open it in Google Sheets and try again.',
    busy: (seconds) =>
      `Someone else is updating this spreadsheet with Social KPI Kit. Waited ${seconds} seconds; please try again in a minute.`,
  },
  da: {
    noLock: 'Regnearket kan ikke låses her: åbn det i Google Sheets, og prøv igen.',
    busy: (seconds) =>
      `En anden opdaterer regnearket med Social KPI Kit lige nu. Ventede ${seconds} sekunder; prøv igen om et minut.`,
  },
  nl: {
    noLock:
      'Deze spreadsheet kan hier niet worden vergrendeld: open hem in Google Spreadsheets en probeer het opnieuw.',
    busy: (seconds) =>
      `Iemand anders werkt deze spreadsheet nu bij met Social KPI Kit. ${seconds} seconden gewacht; probeer het over een minuut opnieuw.`,
  },
};

export function withDocumentLock<T>(services: LockServices, work: () => T, timeoutMs = LOCK_TIMEOUT_MS): T {
  const texts = () => LOCK_TEXTS[services.language?.() ?? 'en'];
  const lock = services.lock.getDocumentLock();
  if (!lock) throw new Error(texts().noLock);
  try {
    lock.waitLock(timeoutMs);
  } catch {
    throw new Error(texts().busy(Math.round(timeoutMs / 1000)));
  }
  try {
    return work();
  } finally {
    // Also after a failure: what was written goes out before anyone else may read.
    try {
      services.app.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
