/**
 * The SpreadsheetApp calls of an import, through the functions Apps Script calls (src/server/import.ts) on
 * the strict stand-in: the same for 3 months of numbers as for 60, first import and re-import, and Undo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, getImportContext, readImportTab, undoImport } from '../src/server/import.ts';
import { applyWizard } from '../src/server/wizard.ts';
import type { ImportBatch, ImportedValue } from '../src/shared/importApi.ts';
import { createCountingServices, type CountingServices } from './support/countingSpreadsheetApp.ts';
import { importMapInput } from './support/importFixtures.ts';

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

/** `months` months of engagements and followers for Instagram and Facebook, from January 2022. */
function batch(months: number, offset = 0): ImportBatch {
  const values: ImportedValue[] = [];
  for (let m = 0; m < months; m++) {
    const date = new Date(Date.UTC(2022, m, 1)).toISOString().slice(0, 10);
    for (const channel of ['instagram', 'facebook'] as const) {
      values.push({
        period: date,
        channel,
        input: 'engagements',
        value: 100 + m + offset,
        sourceColumn: 'Engagements',
      });
      values.push({ period: date, channel, input: 'total_followers', value: 1000 + m, sourceColumn: 'Followers' });
    }
  }
  return { files: [{ name: 'export.csv', kind: 'mapped', grain: 'days', summary: '' }], values, remember: [] };
}

function counted(services: CountingServices, work: () => unknown): number {
  services.resetLog();
  work();
  return services.documentCalls();
}

/** Calls for first import, re-import with changed numbers, and undo, for `months` months. */
function callsFor(months: number) {
  const services = spreadsheetWithMap();
  return {
    context: counted(services, () => getImportContext(null)),
    first: counted(services, () => applyImport(batch(months), false)),
    again: counted(services, () => applyImport(batch(months, 7), false)),
    undo: counted(services, () => undoImport()),
  };
}

describe('SpreadsheetApp calls of an import', () => {
  it('do not grow with the number of rows imported (3, 12 and 60 months × 2 channels)', () => {
    const small = callsFor(3);
    expect(callsFor(12)).toEqual(small);
    expect(callsFor(60)).toEqual(small);
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
