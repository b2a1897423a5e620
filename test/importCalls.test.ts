/**
 * The SpreadsheetApp calls of an import, through the functions Apps Script calls (src/server/import.ts) on
 * the strict stand-in: the same for 3 months of numbers as for 60, first import and re-import, and Undo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, getImportContext, previewImport, readImportTab, undoImport } from '../src/server/import.ts';
import { applyWizard } from '../src/server/wizard.ts';
import type { ImportContext, ImportTarget } from '../src/shared/importApi.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { importMapInput, monthsBatch } from './support/importFixtures.ts';

const scope = globalThis as Record<string, unknown>;
const names = ['SpreadsheetApp', 'Session', 'LockService', 'Utilities'];
afterEach(() => {
  for (const name of names) delete scope[name];
});

function spreadsheetWithMap(): CountingServices {
  const services = createCountingServices(['Sheet1']);
  Object.assign(scope, {
    SpreadsheetApp: services.app,
    Session: { getActiveUserLocale: () => 'en_GB' },
    LockService: services.lock,
    Utilities: { formatDate: (date: Date) => date.toISOString().slice(0, 10) },
  });
  const summary = applyWizard(importMapInput());
  expect(summary.ok).toBe(true);
  return services;
}

function counted(services: CountingServices, work: () => unknown): number {
  services.resetLog();
  work();
  return services.documentCalls();
}

/** Calls for first import, re-import with changed numbers, and undo, for `months` months. */
function callsFor(months: number) {
  const services = spreadsheetWithMap();
  let context: ImportContext | null = null;
  const opened = counted(services, () => (context = getImportContext(null)));
  const target = (context as ImportContext | null)?.target as ImportTarget;
  return {
    context: opened,
    preview: counted(services, () => previewImport(monthsBatch(months, 0, target))),
    first: counted(services, () => applyImport(monthsBatch(months, 0, target), false)),
    again: counted(services, () => applyImport(monthsBatch(months, 7, target), false)),
    undo: counted(services, () => undoImport(target)),
  };
}

describe('SpreadsheetApp calls of an import', () => {
  it('do not grow with the number of rows imported (3, 12 and 60 months × 2 channels)', () => {
    const small = callsFor(3);
    expect(callsFor(12)).toEqual(small);
    expect(callsFor(60)).toEqual(small);
    // Import, re-import and Undo read and write "KPI data" alone: at most 10 calls each (issue 12).
    expect(Math.max(small.preview, small.first, small.again, small.undo)).toBeLessThanOrEqual(10);
    console.log(`import calls: ${JSON.stringify(small)}`);
  });

  it('reads a tab for the browser with one getDisplayValues call', () => {
    const services = spreadsheetWithMap();
    services.state.sheets[0].type(1, 1, 'Date');
    services.state.sheets[0].type(2, 1, 42);
    services.resetLog();
    expect(readImportTab('Sheet1')).toEqual([['Date'], ['42']]);
    expect(services.log.filter((call) => call === 'Range.getDisplayValues')).toHaveLength(1);
  });
});
