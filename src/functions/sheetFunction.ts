import type { KpiInput, SheetFunctionDefinition } from '../catalog/types.ts';
import { BLANK, KpiInputError, readCell } from './cellValues.ts';

/** What a custom function may receive for one argument: a single cell's value or a row-major range. */
export type SheetArg = unknown;
/** What a custom function returns: a single value, or a 2-D array that spills. */
export type SheetResult = number | string | (number | string)[][];

/** Computes one row's result from its numbers (BLANK = NaN where a blank is allowed). */
export type RowCompute = (values: number[]) => number | string;
/** Computes one result from whole lists (blank cells are BLANK) and single-value arguments. */
export type ListCompute = (lists: number[][], scalars: number[]) => number;

type Grid = readonly (readonly unknown[])[];

function isGrid(value: unknown): value is Grid {
  return Array.isArray(value);
}

function sizeOf(grid: Grid): string {
  const rows = grid.length;
  const columns = rows > 0 ? grid[0].length : 0;
  return `${rows} row${rows === 1 ? '' : 's'} × ${columns} column${columns === 1 ? '' : 's'}`;
}

/** Turns a thrown problem into the text shown in one cell of a spilled result. */
function cellError(functionName: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `#${functionName}: ${message}`;
}

function fail(functionName: string, message: string): never {
  throw new KpiInputError(`${functionName}: ${message}`);
}

/**
 * The one mechanism every row-wise KPI function shares: single values or ranges, broadcasting,
 * open-ended columns with blank rows, and bad input shown where it happens.
 * Row-wise inputs ('each') are paired cell by cell; a 'rowSum' input is summed across its columns.
 */
export function runRowFunction(
  kpi: SheetFunctionDefinition,
  compute: RowCompute,
  args: readonly SheetArg[],
): SheetResult {
  const { inputs, functionName } = kpi;
  let rows = 1;
  let columns = 1;
  let shapeFrom: KpiInput | undefined;
  for (let i = 0; i < inputs.length; i++) {
    const arg = args[i];
    const spec = inputs[i];
    if (!isGrid(arg) || spec.shape !== 'each') continue;
    const argRows = arg.length;
    const argColumns = argRows > 0 ? arg[0].length : 0;
    if (argRows === 1 && argColumns === 1) continue;
    if (shapeFrom === undefined) {
      shapeFrom = spec;
      rows = argRows;
      columns = argColumns;
    } else if (argRows !== rows || argColumns !== columns) {
      fail(
        functionName,
        `${shapeFrom.name} is ${sizeOf(args[inputs.indexOf(shapeFrom)] as Grid)} but ${spec.name} is ${sizeOf(arg)}. Give ranges of the same size, e.g. B2:B100 and C2:C100, or a single cell.`,
      );
    }
  }
  for (let i = 0; i < inputs.length; i++) {
    const arg = args[i];
    if (inputs[i].shape !== 'rowSum' || !isGrid(arg)) continue;
    if (shapeFrom === undefined && arg.length > 1) {
      rows = arg.length;
      shapeFrom = inputs[i];
    } else if (arg.length !== rows || columns !== 1) {
      fail(
        functionName,
        `${inputs[i].name} has ${arg.length} row${arg.length === 1 ? '' : 's'} but ${shapeFrom?.name ?? 'the other arguments'} ${rows === 1 ? 'is one value' : `has ${rows} rows in ${columns} column${columns === 1 ? '' : 's'}`}. Give ${inputs[i].name} the same rows (one column per competitor).`,
      );
    }
  }

  const single = shapeFrom === undefined;
  const count = inputs.length;
  const values: number[] = new Array<number>(count).fill(0);
  // Single values are read once and reused for every row.
  const fixed: (number | undefined)[] = new Array<number | undefined>(count);
  const grids: (Grid | undefined)[] = new Array<Grid | undefined>(count);
  // Plain non-negative numbers need no further checks for these kinds: the fast path for big columns.
  const fastPath: boolean[] = inputs.map((spec) => spec.kind !== 'fraction');
  let fixedError: unknown;
  for (let i = 0; i < count; i++) {
    const arg = args[i];
    const spec = inputs[i];
    if (isGrid(arg) && (spec.shape === 'rowSum' ? !single : arg.length * (arg[0]?.length ?? 0) !== 1)) {
      grids[i] = arg;
    } else {
      try {
        fixed[i] =
          spec.shape === 'rowSum'
            ? sumRow(isGrid(arg) ? arg[0] : [arg], spec)
            : readCell(isGrid(arg) ? arg[0][0] : arg, spec.kind, spec.name);
      } catch (error) {
        if (single) throw new KpiInputError(`${functionName}: ${(error as Error).message}`);
        fixedError = error;
      }
    }
  }
  if (fixedError !== undefined) throw new KpiInputError(`${functionName}: ${(fixedError as Error).message}`);

  if (single) {
    for (let i = 0; i < count; i++) values[i] = fixed[i] as number;
    const result = computeRow(kpi, compute, values);
    if (typeof result === 'string' && result.startsWith('!'))
      throw new KpiInputError(`${functionName}: ${result.slice(1)}`);
    return result;
  }

  const out: (number | string)[][] = new Array<(number | string)[]>(rows);
  let lastFilledRow = -1;
  for (let r = 0; r < rows; r++) {
    const outRow: (number | string)[] = new Array<number | string>(columns);
    for (let c = 0; c < columns; c++) {
      let result: number | string;
      try {
        for (let i = 0; i < count; i++) {
          const grid = grids[i];
          if (grid === undefined) {
            values[i] = fixed[i] as number;
          } else if (inputs[i].shape === 'rowSum') {
            values[i] = sumRow(grid[r], inputs[i]);
          } else {
            const cell = grid[r][c];
            values[i] =
              typeof cell === 'number' && cell >= 0 && fastPath[i]
                ? cell
                : readCell(cell, inputs[i].kind, inputs[i].name);
          }
        }
        result = computeRow(kpi, compute, values);
        if (typeof result === 'string' && result.startsWith('!')) result = `#${functionName}: ${result.slice(1)}`;
      } catch (error) {
        result = cellError(functionName, error);
      }
      outRow[c] = result;
      if (result !== '') lastFilledRow = r;
    }
    out[r] = outRow;
  }
  // An open-ended column (B2:B) has thousands of blank rows: return only up to the last result.
  out.length = Math.max(1, lastFilledRow + 1);
  return out;
}

function sumRow(row: readonly unknown[], spec: KpiInput): number {
  let sum = 0;
  let blanks = 0;
  for (let c = 0; c < row.length; c++) {
    const value = readCell(row[c], spec.kind, spec.name);
    if (Number.isNaN(value)) blanks++;
    else sum += value;
  }
  return blanks === row.length ? BLANK : sum;
}

/**
 * Applies blanks, defaults and denominators for one row, then computes it.
 * Returns '' for a row left blank, a result, or a message starting with '!' for a row that cannot be computed.
 */
function computeRow(kpi: SheetFunctionDefinition, compute: RowCompute, values: number[]): number | string {
  const { inputs } = kpi;
  let required = 0;
  let blankRequired = 0;
  let firstBlank = '';
  for (let i = 0; i < inputs.length; i++) {
    const spec = inputs[i];
    if (spec.defaultValue !== undefined) {
      if (Number.isNaN(values[i])) values[i] = spec.defaultValue;
      continue;
    }
    required++;
    if (Number.isNaN(values[i])) {
      blankRequired++;
      if (!spec.blankAllowed && firstBlank === '') firstBlank = spec.name;
    }
  }
  if (blankRequired === required) return '';
  if (firstBlank !== '') return `!${firstBlank} is blank. Fill it in, or clear the whole row.`;
  for (let i = 0; i < inputs.length; i++) {
    if (inputs[i].nonZero === true && values[i] === 0) {
      return `!${inputs[i].name} is 0, and ${kpi.functionName} divides by it. Enter a number above 0, or clear the whole row.`;
    }
  }
  const result = compute(values);
  if (typeof result === 'number' && !Number.isFinite(result)) {
    return '!the result is not a finite number. Check that the inputs are ordinary numbers.';
  }
  return result;
}

/**
 * The mechanism for functions that turn whole ranges of answers into one value (CSAT, NPS,
 * response time). 'list' inputs are flattened row by row; other inputs must be single values.
 */
export function runListFunction(kpi: SheetFunctionDefinition, compute: ListCompute, args: readonly SheetArg[]): number {
  const { inputs, functionName } = kpi;
  const lists: number[][] = [];
  const scalars: number[] = [];
  let firstList: { spec: KpiInput; arg: unknown } | undefined;
  for (let i = 0; i < inputs.length; i++) {
    const spec = inputs[i];
    const arg = args[i];
    if (spec.shape === 'list') {
      if (firstList && isGrid(firstList.arg) !== isGrid(arg)) {
        fail(functionName, `${firstList.spec.name} and ${spec.name} must both be ranges of the same size.`);
      }
      if (firstList && isGrid(firstList.arg) && isGrid(arg)) {
        const a = firstList.arg;
        if (a.length !== arg.length || (a[0]?.length ?? 0) !== (arg[0]?.length ?? 0)) {
          fail(
            functionName,
            `${firstList.spec.name} is ${sizeOf(a)} but ${spec.name} is ${sizeOf(arg)}. Give ranges of the same size, one pair per row.`,
          );
        }
      }
      firstList ??= { spec, arg };
      const cells = isGrid(arg) ? arg.flat() : [arg];
      const list = new Array<number>(cells.length);
      for (let k = 0; k < cells.length; k++) {
        try {
          list[k] = readCell(cells[k], spec.kind, spec.name);
        } catch (error) {
          fail(functionName, `${(error as Error).message} (value ${k + 1} of ${spec.name})`);
        }
      }
      lists.push(list);
    } else {
      if (isGrid(arg) && arg.length * (arg[0]?.length ?? 0) !== 1) {
        fail(functionName, `${spec.name} must be a single value, not a range.`);
      }
      let value: number;
      try {
        value = readCell(isGrid(arg) ? arg[0][0] : arg, spec.kind, spec.name);
      } catch (error) {
        fail(functionName, (error as Error).message);
      }
      if (Number.isNaN(value)) value = spec.defaultValue ?? fail(functionName, `${spec.name} is blank. Fill it in.`);
      scalars.push(value);
    }
  }
  try {
    const result = compute(lists, scalars);
    if (!Number.isFinite(result)) fail(functionName, 'the result is not a finite number. Check the answers.');
    return result;
  } catch (error) {
    if (error instanceof KpiInputError && error.message.startsWith(`${functionName}:`)) throw error;
    fail(functionName, error instanceof Error ? error.message : String(error));
  }
}
