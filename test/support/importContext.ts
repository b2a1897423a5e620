/**
 * What the import tests read exports with: an ImportContext as the server would send it (a map that
 * tracks the social inputs, reach averaged per post), the fixtures of test/fixtures/exports/ as bytes,
 * and a LinkedIn XLS fixture as the rows a tab's getDisplayValues gives (strings).
 */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import type { InputName } from '../../src/catalog/inputs.ts';
import type { Aggregation, ImportContext, ImportedValue } from '../../src/shared/importApi.ts';

const FIXTURES = new URL('../fixtures/exports/', import.meta.url);

const TRACKED: [InputName, string, Aggregation][] = [
  ['impressions', 'Impressions', 'sum'],
  ['reach', 'Post reach', 'average'],
  ['likes', 'Likes', 'sum'],
  ['comments', 'Comments', 'sum'],
  ['shares', 'Shares', 'sum'],
  ['approvals', 'Approvals (likes, saves)', 'sum'],
  ['engagements', 'Engagements', 'sum'],
  ['clicks', 'Clicks', 'sum'],
  ['new_followers', 'New followers (net)', 'sum'],
  ['total_followers', 'Total followers', 'latest'],
  ['sessions', 'Sessions from social', 'sum'],
  ['bounces', 'Bounces', 'sum'],
  ['conversions', 'Conversions', 'sum'],
];

export function importContext(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    language: 'en',
    cadence: 'monthly',
    timeZone: 'Europe/Copenhagen',
    channels: ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube'],
    columns: TRACKED.map(([input, label, aggregation]) => ({ input, label, aggregation })),
    untracked: [],
    mappings: [],
    tabs: [],
    target: { sheetId: 0, cadence: overrides.cadence ?? 'monthly', language: overrides.language ?? 'en' },
    ...overrides,
  };
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** A fixture as the rows of a tab (an XLS brought in with File → Import, read with getDisplayValues). */
export function fixtureRows(name: string): string[][] {
  return csvParseRows(fixtureText(name).replace(/^\ufeff/, '')).filter((row) => row.some((cell) => cell !== ''));
}

/** Values as a table a reader checks by eye: period → input → value. */
export function byPeriod(values: ImportedValue[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const v of values) (out[v.period] ??= {})[v.input] = v.value;
  return out;
}

/** Meta's posts export with days in its Date column: one row per post per day (it reads two ways). */
export const META_POSTS_PER_DAY = [
  'Post ID,Page ID,Page name,Publish time,Date,Impressions,Reach',
  '1001,55,Nordlys Bakery,01/30/2026 10:00,01/30/2026,100,80',
  '1001,55,Nordlys Bakery,01/30/2026 10:00,01/31/2026,50,40',
  '1001,55,Nordlys Bakery,01/30/2026 10:00,02/01/2026,20,15',
  '1002,55,Nordlys Bakery,02/01/2026 09:00,02/01/2026,200,150',
  '1002,55,Nordlys Bakery,02/01/2026 09:00,02/02/2026,100,60',
].join('\n');
