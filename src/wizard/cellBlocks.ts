/**
 * Packs scattered cells into as few rectangles as possible, for the plan's value and formula blocks.
 * Every block costs the applier a call, so neighbouring rows that write the same columns share one
 * block: a map of 60 KPIs is one rectangle per column run, like a map of 3. Rows the user inserted
 * between the add-on's rows split a rectangle (they are never written over). Pure.
 */
import { cellA1 } from '../plan/a1.ts';

/** row → column → content (1-based). */
export type CellGrid<T> = Map<number, Map<number, T>>;

export function setCell<T>(grid: CellGrid<T>, row: number, column: number, value: T): void {
  let cells = grid.get(row);
  if (!cells) grid.set(row, (cells = new Map()));
  cells.set(column, value);
}

export interface Block<T> {
  start: string;
  cells: T[][];
}

/** Contiguous runs of column numbers, e.g. [11,12,13,14] → [[11,14]]. */
export function columnRuns(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && column === last[1] + 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

export function packBlocks<T>(grid: CellGrid<T>): Block<T>[] {
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const blocks: Block<T>[] = [];
  let group: number[] = [];
  let signature = '';
  const flush = () => {
    if (group.length === 0) return;
    const columns = [...(grid.get(group[0]) as Map<number, T>).keys()].sort((a, b) => a - b);
    for (const [from, to] of columnRuns(columns)) {
      blocks.push({
        start: cellA1(group[0], from),
        cells: group.map((row) => {
          const cells = grid.get(row) as Map<number, T>;
          return Array.from({ length: to - from + 1 }, (_, i) => cells.get(from + i) as T);
        }),
      });
    }
    group = [];
  };
  for (const row of rows) {
    const columns = [...(grid.get(row) as Map<number, T>).keys()].sort((a, b) => a - b);
    const rowSignature = columns.join(',');
    const previous = group[group.length - 1];
    if (group.length > 0 && (row !== previous + 1 || rowSignature !== signature)) flush();
    if (group.length === 0) signature = rowSignature;
    group.push(row);
  }
  flush();
  return blocks;
}
