/**
 * Finds the hidden key column (header ROW_KEY_HEADER) in a sheet's values and lists the keyed rows.
 * Shared by readSnapshot and the in-memory workbook so both snapshot the same way. Pure.
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
