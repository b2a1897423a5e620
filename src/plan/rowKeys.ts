/**
 * Row keys: finds the hidden key column (header ROW_KEY_HEADER) in a sheet's values and lists the keyed
 * rows (shared by readSnapshot and the in-memory workbook so both snapshot the same way), and the one
 * type of a KPI map row's key with its text form. Pure.
 */
import type { KeyedRow } from './snapshot.ts';
import { ROW_KEY_HEADER, type CellValue } from './types.ts';

export interface RowKeys {
  keyColumn: number | null;
  headerRow: number | null;
  rows: KeyedRow[];
}

/** The first ROW_KEY_HEADER cell (top to bottom, left to right) marks the key column and header row. */
export function locateRowKeys(values: readonly (readonly CellValue[])[]): RowKeys {
  for (let r = 0; r < values.length; r++) {
    const c = values[r].indexOf(ROW_KEY_HEADER);
    if (c < 0) continue;
    const rows: KeyedRow[] = [];
    for (let below = r + 1; below < values.length; below++) {
      const key = values[below][c];
      if (key !== '' && key !== null && key !== undefined) rows.push({ key: String(key), row: below + 1 });
    }
    return { keyColumn: c + 1, headerRow: r + 1, rows };
  }
  return { keyColumn: null, headerRow: null, rows: [] };
}

/**
 * The identity of a KPI row on the KPI map, kept as text in its hidden key cell: the same KPI may serve two
 * goals or two channels. The wizard's merge, its damaged-record checks and the report all read it through
 * here. Ids never hold '|' (src/server/payloadShape.ts refuses such a goal id; KPI and channel ids are ours).
 */
export interface KpiRowKey {
  kpiId: string;
  businessGoalId: string;
  channel: string;
}

/** The key cell's text: 'kpiId|goalId|channel'. */
export function kpiRowKey(key: KpiRowKey): string {
  return `${key.kpiId}|${key.businessGoalId}|${key.channel}`;
}

/** A key cell's text read back; a part the text lacks (someone edited the hidden cell) is ''. */
export function parseKpiRowKey(text: string): KpiRowKey {
  const [kpiId = '', businessGoalId = '', channel = ''] = text.split('|');
  return { kpiId, businessGoalId, channel };
}
