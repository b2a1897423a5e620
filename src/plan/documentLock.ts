/**
 * Runs work that reads and writes the spreadsheet under the document lock, so two people running the
 * wizard at once cannot interleave their writes. Pending writes are flushed before the lock is released:
 * otherwise the next holder could read the sheet before Apps Script has sent our batched writes.
 */

/** How long to wait for someone else's run to finish before giving up. */
export const LOCK_TIMEOUT_MS = 30_000;

export interface LockServices {
  lock: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'>;
  app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'flush'>;
}

export function withDocumentLock<T>(services: LockServices, work: () => T, timeoutMs = LOCK_TIMEOUT_MS): T {
  const lock = services.lock.getDocumentLock();
  if (!lock) throw new Error('This spreadsheet cannot be locked here: open it in Google Sheets and try again.');
  try {
    lock.waitLock(timeoutMs);
  } catch {
    throw new Error(
      `Someone else is updating this spreadsheet with Social KPI Kit. Waited ${Math.round(timeoutMs / 1000)} seconds; ` +
        'please try again in a minute.',
    );
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
