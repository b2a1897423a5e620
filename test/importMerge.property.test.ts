/**
 * Re-importing is idempotent: a file split into overlapping parts (whole periods each), imported in any
 * order and every part twice, leaves "KPI data" as one import of the whole file. "KPI data" is modelled
 * as the server keeps it: one cell per (period, channel, input), where a later import of the same cell
 * replaces it, never adds to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExport } from '../src/import/readExport.ts';
import { periodStart } from '../src/import/periods.ts';
import type { ImportContext, ImportedValue } from '../src/shared/importApi.ts';
import type { Cadence } from '../src/shared/wizardApi.ts';
import { importContext } from './support/importContext.ts';

type KpiData = Map<string, { value: number; sourceColumn: string }>;

function merge(data: KpiData, values: ImportedValue[]): void {
  for (const v of values)
    data.set(`${v.period}|${v.channel}|${v.input}`, { value: v.value, sourceColumn: v.sourceColumn });
}

function importAll(parts: string[], context: ImportContext): KpiData {
  const data: KpiData = new Map();
  for (const text of parts) {
    const result = readExport({ name: 'part.csv', text }, context);
    if (result.status !== 'recognised') throw new Error(`a part was not imported: ${JSON.stringify(result)}`);
    merge(data, result.values);
  }
  return data;
}

interface Row {
  /** 'YYYY-MM-DD' of the day in the export (and in the spreadsheet: the times chosen stay on it). */
  day: string;
  cells: string[];
}

const day = fc
  .record({ month: fc.integer({ min: 1, max: 8 }), date: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, date }) => `2026-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
const count = fc.integer({ min: 0, max: 5000 });
const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
/** A number as the export may write it: plain, or with a thousands separator (quoted). */
const written = (n: number, separator: boolean) => (separator ? `"${n.toLocaleString('en-US')}"` : String(n));

const FACEBOOK = 'Post ID,Page ID,Page name,Description,Publish time,Date,Impressions,Reach,Reactions,Comments,Shares';
const facebookRows = fc
  .uniqueArray(
    fc.record({
      id: fc.integer({ min: 1, max: 1e9 }),
      day,
      hour: fc.integer({ min: 6, max: 12 }),
      imp: count,
      reach: count,
      reactions: count,
      comments: count,
      shares: count,
      separator: fc.boolean(),
      caption: fc.constantFrom('Fresh bread', 'Two\nlines, "quoted"'),
    }),
    { minLength: 1, maxLength: 40, selector: (r) => r.id },
  )
  .map((rows) =>
    rows.map<Row>((r) => ({
      day: r.day,
      cells: [
        String(r.id),
        '555',
        'Nordlys Bakery',
        `"${r.caption.replace(/"/g, '""')}"`,
        // 06:00–12:00 Pacific is 14:00–21:00 in Copenhagen: the same day, so the split below is by period.
        `${usDate(r.day)} ${String(r.hour).padStart(2, '0')}:15`,
        'Lifetime',
        written(r.imp, r.separator),
        String(r.reach),
        String(r.reactions),
        String(r.comments),
        String(r.shares),
      ],
    })),
  );

const X_OVERVIEW = 'Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts';
const xRows = fc
  .uniqueArray(fc.record({ day, n: fc.array(count, { minLength: 9, maxLength: 9 }) }), {
    minLength: 1,
    maxLength: 60,
    selector: (r) => r.day,
  })
  .map((rows) =>
    rows.map<Row>((r) => {
      const date = new Date(`${r.day}T00:00:00Z`);
      const label = date.toLocaleDateString('en-US', {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
      return { day: r.day, cells: [`"${label}"`, ...r.n.map(String)] };
    }),
  );

/**
 * Parts of the file: runs of whole periods chosen by random cut points, each run widened by a random
 * overlap into its neighbours; every period is in at least one part. Rows are shuffled within a part.
 */
function parts(
  header: string,
  rows: Row[],
  cadence: Cadence,
  cuts: number[],
  overlaps: number[],
  seed: number[],
): string[] {
  const periods = [...new Set(rows.map((r) => periodStart(r.day, cadence)))].sort();
  const bounds = [...new Set([0, ...cuts.map((c) => c % (periods.length + 1)), periods.length])].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const extra = overlaps[i % overlaps.length] ?? 0;
    const from = Math.max(0, bounds[i] - extra);
    const to = Math.min(periods.length, bounds[i + 1] + extra);
    const chosen = new Set(periods.slice(from, to));
    const partRows = rows.filter((r) => chosen.has(periodStart(r.day, cadence)));
    const shuffled = partRows
      .map((row, index) => ({ row, key: seed[index % seed.length] + index / 1e6 }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.row);
    if (shuffled.length) out.push([header, ...shuffled.map((r) => r.cells.join(','))].join('\r\n'));
  }
  return out;
}

interface Split {
  cadence: Cadence;
  cuts: number[];
  overlaps: number[];
  seed: number[];
}

const split: fc.Arbitrary<Split> = fc.record({
  cadence: fc.constantFrom<Cadence>('weekly', 'monthly', 'bimonthly', 'quarterly'),
  cuts: fc.array(fc.nat(40), { maxLength: 6 }),
  overlaps: fc.array(fc.nat(2), { minLength: 1, maxLength: 6 }),
  seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
});

function checkIdempotent(header: string, rows: Row[], s: Split, order: number[]) {
  const context = importContext({ cadence: s.cadence });
  const whole = importAll([[header, ...rows.map((r) => r.cells.join(','))].join('\r\n')], context);
  const pieces = parts(header, rows, s.cadence, s.cuts, s.overlaps, s.seed);
  // Every part twice, in an order fast-check chose.
  const twice = [...pieces, ...pieces]
    .map((text, i) => ({ text, key: order[i % order.length] ?? i }))
    .sort((a, b) => a.key - b.key)
    .map((p) => p.text);
  expect(importAll(twice, context)).toEqual(whole);
}

describe('importing a file in overlapping parts, in any order and twice over, gives the same KPI data as one import', () => {
  it('a Facebook posts export (sums and per-post averages)', () => {
    fc.assert(
      fc.property(facebookRows, split, fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), (rows, s, order) =>
        checkIdempotent(FACEBOOK, rows, s, order),
      ),
      { numRuns: 200 },
    );
  });

  it('an X account overview (days; net followers computed from two columns)', () => {
    fc.assert(
      fc.property(xRows, split, fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), (rows, s, order) =>
        checkIdempotent(X_OVERVIEW, rows, s, order),
      ),
      { numRuns: 200 },
    );
  });
});
