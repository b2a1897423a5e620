/**
 * Which cells "Prepare for sharing" changes, computed from what the sheets hold now. Pure: the same
 * scan runs on Google Sheets and on the in-memory workbook.
 */
import { fnv1a } from '../plan/hash.ts';
import { SHEET_FUNCTIONS } from '../catalog/kpis.ts';
import type { SheetFunctionDefinition } from '../catalog/types.ts';
import { socialKpisTable } from '../functions/kpiFunctions.ts';
import { cellA1 } from '../plan/a1.ts';
import type { CellValue } from '../plan/types.ts';
import { argumentShape, type A1Range } from './argumentShape.ts';
import { findCalls } from './formulaTokens.ts';
import { rewriteFormula } from './rewriteFormula.ts';
import type { SheetGrid } from '../door/spreadsheetDoor.ts';

export type { SheetGrid };

/** One formula cell that changes. JSON-safe, so the confirm dialog can list it. */
export interface SharingChange {
  sheetId: number;
  sheetName: string;
  /** A1 address of the formula cell. */
  cell: string;
  row: number;
  column: number;
  original: string;
  /** native: the formula is replaced; freeze: the cell (and what it spills into) gets its current values. */
  action: 'native' | 'freeze';
  /** The native formula, for action 'native'. */
  formula?: string;
  /** The values written from the formula cell on, for action 'freeze' (and kept to undo a rewrite). */
  values: CellValue[][];
  /** Why a formula is frozen instead of rewritten. */
  reason?: string;
  functions: string[];
}

const BY_NAME = new Map<string, SheetFunctionDefinition>(SHEET_FUNCTIONS.map((kpi) => [kpi.functionName, kpi]));

/** The size of a range argument, or null when it is not a plain range. An open range (B2:B) reads to the sheet's end. */
function rangeSize(text: string, sheetRows: number): { rows: number; columns: number } | null {
  const shape = argumentShape(text);
  if (shape.kind !== 'range') return null;
  const { range } = shape;
  const columns = range.endColumn - range.startColumn + 1;
  if (range.startRow === '' || range.endRow === '') return { rows: sheetRows, columns };
  return { rows: Math.abs(Number(range.endRow) - Number(range.startRow)) + 1, columns };
}

/** The grid a range argument reads: its own sheet, or the one named before '!'. */
function gridOf(range: A1Range, own: SheetGrid, grids: readonly SheetGrid[]): SheetGrid | undefined {
  if (range.sheet === '') return own;
  const name = range.sheet
    .slice(0, -1)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'")
    .toLowerCase();
  return grids.find((grid) => grid.name.toLowerCase() === name);
}

/**
 * The rows a row-wise call's result reaches: like the custom function, it stops after the last row in
 * which any required input has a value (an open column of 1000 rows returns only the filled ones).
 * Null when an input is not a plain range on a known sheet.
 */
function filledRows(
  kpi: SheetFunctionDefinition,
  args: readonly string[],
  own: SheetGrid,
  grids: readonly SheetGrid[],
): number | null {
  let last = -1;
  for (let i = 0; i < kpi.inputs.length && i < args.length; i++) {
    if (kpi.inputs[i].defaultValue !== undefined) continue;
    const shape = argumentShape(args[i]);
    if (shape.kind === 'literal' || shape.kind === 'cell') continue;
    if (shape.kind === 'unknown') return null;
    const { range } = shape;
    const grid = gridOf(range, own, grids);
    if (!grid) return null;
    const start = range.startRow === '' ? 1 : Number(range.startRow);
    const end = range.endRow === '' ? grid.values.length : Number(range.endRow);
    for (let row = start; row <= end; row++) {
      const cells = grid.values[row - 1] ?? [];
      for (let column = range.startColumn; column <= range.endColumn; column++) {
        const value = cells[column - 1];
        if (value !== '' && value !== null && value !== undefined) last = Math.max(last, row - start);
      }
    }
  }
  return last + 1;
}

/**
 * How many rows and columns a formula's result covers, as the custom function spills it:
 * SOCIAL_KPIS its table; a row-wise call the size of its first range, down to the last row with
 * input; anything else one cell.
 */
function predictedArea(
  formula: string,
  own: SheetGrid,
  grids: readonly SheetGrid[],
): { rows: number; columns: number } {
  const sheetRows = own.values.length;
  const body = formula.slice(1).trim();
  const [call] = findCalls(body, new Set(BY_NAME.keys()));
  if (call === undefined || call.start !== 0 || call.end !== body.length) return { rows: 1, columns: 1 };
  const kpi = BY_NAME.get(call.name.toUpperCase()) as SheetFunctionDefinition;
  if (kpi.unit === 'table') {
    const table = socialKpisTable();
    return { rows: table.length, columns: table[0].length };
  }
  if (kpi.inputs.some((spec) => spec.shape === 'list')) return { rows: 1, columns: 1 };
  for (let i = 0; i < kpi.inputs.length && i < call.args.length; i++) {
    const size = rangeSize(call.args[i], sheetRows);
    if (size === null) continue;
    const spilled =
      kpi.inputs[i].shape === 'each' && size.rows * size.columns > 1
        ? size
        : kpi.inputs[i].shape === 'rowSum' && size.rows > 1
          ? { rows: size.rows, columns: 1 }
          : null;
    if (spilled === null) continue;
    const filled = filledRows(kpi, call.args, own, grids);
    return {
      rows: filled === null ? spilled.rows : Math.max(1, Math.min(spilled.rows, filled)),
      columns: spilled.columns,
    };
  }
  return { rows: 1, columns: 1 };
}

/**
 * The values the formula shows now, from its cell over its predicted area (trimmed to the last
 * non-empty row), stopping before another formula (nothing spills over a formula).
 */
function shownValues(
  grid: SheetGrid,
  grids: readonly SheetGrid[],
  row: number,
  column: number,
  formula: string,
): CellValue[][] {
  const area = predictedArea(formula, grid, grids);
  const out: CellValue[][] = [];
  let lastFilled = 0;
  for (let r = 0; r < area.rows && row - 1 + r < grid.values.length; r++) {
    const sourceRow = grid.values[row - 1 + r];
    const formulaRow = grid.formulas[row - 1 + r] ?? [];
    if (r > 0 && formulaRow.slice(column - 1, column - 1 + area.columns).some((f) => f !== '')) break;
    const cells: CellValue[] = [];
    for (let c = 0; c < area.columns; c++) cells.push(sourceRow[column - 1 + c] ?? '');
    out.push(cells);
    if (cells.some((value) => value !== '' && value !== null)) lastFilled = r;
  }
  return out.slice(0, lastFilled + 1);
}

/** Every formula cell that uses the add-on's functions, with what it becomes; sheets in order, then rows, then columns. */
export function planSharingChanges(sheets: readonly SheetGrid[]): SharingChange[] {
  const changes: SharingChange[] = [];
  for (const grid of sheets) {
    grid.formulas.forEach((formulaRow, r) =>
      formulaRow.forEach((original, c) => {
        if (original === '') return;
        const rewrite = rewriteFormula(original);
        if (rewrite.kind === 'unchanged') return;
        const row = r + 1;
        const column = c + 1;
        const base = {
          sheetId: grid.sheetId,
          sheetName: grid.name,
          cell: cellA1(row, column),
          row,
          column,
          original,
          values: shownValues(grid, sheets, row, column, original),
          functions: rewrite.functions,
        };
        changes.push(
          rewrite.kind === 'native'
            ? { ...base, action: 'native', formula: rewrite.formula }
            : { ...base, action: 'freeze', reason: rewrite.reason },
        );
      }),
    );
  }
  return changes;
}

/** A short, stable fingerprint of what a set of cells holds, to tell later whether someone edited them. */
export function fingerprint(values: readonly (readonly CellValue[])[]): string {
  const text = JSON.stringify(values.map((row) => row.map((value) => (value === null ? '' : value))));
  // FNV-1a, 32 bit: enough to notice an edit, small enough for one cell of the record.
  return `${values.length}x${values[0]?.length ?? 0}:${fnv1a(text)}`;
}

/** True for a value that is a spreadsheet error (#REF!, #N/A, #ERROR! ...), as getValues and snapshots show it. */
export function isErrorValue(value: CellValue): boolean {
  return (
    typeof value === 'string' &&
    /^#(?:REF!|N\/A|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CYCLE!|LIC!)/.test(value)
  );
}
