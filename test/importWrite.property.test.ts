/**
 * The writer's half of issue 12's property: the aggregated values of one export, split into any number of
 * imports, imported in any order and each twice over, leave "KPI data" exactly as one import of them all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../src/inMemory/workbook.ts';
import type { ImportBatch, ImportTarget, ImportedValue } from '../src/shared/importApi.ts';
import { IMPORT_RECORD_KEY } from '../src/wizard/importRecordColumn.ts';
import { importWorkbook } from './support/importFixtures.ts';

/** The map, the import's server on it, and what the panel sends there. */
function imports() {
  const { workbook, server } = importWorkbook();
  const target = server.getImportContext(null).target as ImportTarget;
  const batch = (values: ImportedValue[]): ImportBatch => ({
    files: [{ name: 'part.csv', kind: 'instagramPosts', grain: 'posts', summary: '' }],
    values,
    remember: [],
    target,
  });
  return { workbook, import: (values: ImportedValue[]) => server.applyImport(batch(values), false) };
}

/**
 * "KPI data" rows as a user sees them, as a set (the order of rows is the order the imports arrived in,
 * which may differ; the hidden record of what each import did differs too, and is left out).
 */
function rowsOf(workbook: Workbook): string[] {
  const sheet = workbook.snapshot().sheets.find((s) => s.key === 'kpiData')!;
  const hidden = sheet.values[0].indexOf(IMPORT_RECORD_KEY);
  return sheet.values
    .slice(2)
    .map((row) => row.filter((_, i) => i !== hidden))
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => JSON.stringify(row))
    .sort();
}

const PERIODS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'];
const value = fc.record({
  period: fc.constantFrom(...PERIODS),
  channel: fc.constantFrom('instagram' as const, 'facebook' as const),
  input: fc.constantFrom('engagements' as const, 'total_followers' as const),
  value: fc.integer({ min: 0, max: 100_000 }),
});

describe('Importing an export in parts', () => {
  it('any split, any order, each part twice: the same "KPI data" as one import', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(value, { minLength: 1, maxLength: 16, selector: (v) => `${v.period}|${v.channel}|${v.input}` }),
        fc.array(fc.nat(3), { minLength: 16, maxLength: 16 }),
        fc.infiniteStream(fc.boolean()),
        (values, parts, orderBits) => {
          const all = values.map((v) => ({ ...v, sourceColumn: v.input }));
          const once = imports();
          once.import(all);

          const split = [0, 1, 2, 3].map((part) => all.filter((_, i) => parts[i] === part)).filter((p) => p.length > 0);
          const order = [...split, ...split].sort(() => (orderBits.next().value ? 1 : -1));
          const inParts = imports();
          for (const part of order) inParts.import(part);
          expect(rowsOf(inParts.workbook)).toEqual(rowsOf(once.workbook));
        },
      ),
      { numRuns: 12 },
    );
  });
});
