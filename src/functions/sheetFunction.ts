import type { KpiInput, ListCompute, RowCompute, SheetFunctionDefinition } from '../catalog/types.ts';
import { BLANK, KpiInputError, readCell } from './cellValues.ts';
import { SheetMessage, type Problem, type ProblemKey } from './messages.ts';

export type { ListCompute, RowCompute };

/** What a custom function may receive for one argument: a single cell's value or a row-major range. */
export type SheetArg = unknown;
/** What a custom function returns: a single value, or a 2-D array that spills. */
export type SheetResult = number | string | (number | string)[][];

type Grid = readonly (readonly unknown[])[];

function isGrid(value: unknown): value is Grid {
  return Array.isArray(value);
}

function sizeOf(grid: Grid): string {
  return SheetMessage.size(grid.length, grid.length > 0 ? grid[0].length : 0);
}

function fail(functionName: string, message: string): never {
  throw new KpiInputError(`${functionName}: ${message}`);
}

function emptyRange(functionName: string, spec: KpiInput): never {
  fail(functionName, SheetMessage.emptyRange(spec.name));
}

/** Cells inside [min, max] are used as they are; anything else goes through readCell's checks. */
function fastRange(spec: KpiInput): [min: number, max: number] {
  const min = spec.kind === 'number' || spec.kind === 'date' ? -Number.MAX_VALUE : 0;
  return [min, spec.kind === 'fraction' ? 1 : Number.MAX_VALUE];
}

/** One cell's number: plain in-range numbers skip readCell (the fast path for big columns). */
function cellNumber(cell: unknown, spec: KpiInput, min: number, max: number): number {
  return typeof cell === 'number' && cell >= min && cell <= max ? cell : readCell(cell, spec.kind, spec.name);
}

/** Several columns summed per row (one per competitor); BLANK when the whole row is blank. */
function sumRow(row: readonly unknown[], spec: KpiInput): number {
  const [min, max] = fastRange(spec);
  let sum = 0;
  let blanks = 0;
  for (let c = 0; c < row.length; c++) {
    const value = cellNumber(row[c], spec, min, max);
    if (Number.isNaN(value)) blanks++;
    else sum += value;
  }
  return blanks === row.length ? BLANK : sum;
}

/**
 * The arguments of one call as numbers, column by column: every argument becomes one Float64Array
 * with a number per result cell (BLANK where blank; a single value repeated). Reading a column is one
 * tight loop per argument, and the row loop after it only handles numbers, whichever KPI runs.
 */
interface NumberColumns {
  numbers: Float64Array[];
  /** The first problem per result cell (bad input), or undefined while there is none. */
  problems: (string | undefined)[] | undefined;
}

/**
 * Number columns are reused from call to call: a fresh 800 KB array per argument on every 100,000-row
 * call would make the engine collect garbage far more often than the work itself needs.
 */
const SCRATCH: Float64Array[] = [];

function scratchColumn(index: number, cells: number): Float64Array {
  if ((SCRATCH[index]?.length ?? 0) < cells) SCRATCH[index] = new Float64Array(Math.max(cells, 1024));
  return SCRATCH[index];
}

/** Where result cell k is inside the ranges: its row, and its column when they are wider than one. */
function cellPlace(k: number, columns: number): { row: number; column?: number } {
  return columns === 1 ? { row: k + 1 } : { row: Math.floor(k / columns) + 1, column: (k % columns) + 1 };
}

/**
 * A row's problem of one input (or of the whole row when input is ''), as its cell shows it in a
 * spilled result ("#CTR: impressions row 5 is 0, ..."). A single call (no range) fails with it instead.
 */
function rowMessage(
  key: ProblemKey,
  input: string,
  functionName: string,
  k: number,
  rows: number,
  columns: number,
): string {
  if (rows === 1 && columns === 1) fail(functionName, SheetMessage.problem({ key, input }, functionName));
  return shownProblem(functionName, SheetMessage.problem({ key, input, ...cellPlace(k, columns) }, functionName));
}

/** The slow path of a cell: readCell's checks, a problem recorded for that cell instead of a throw. */
function readOrProblem(
  cell: unknown,
  spec: KpiInput,
  k: number,
  problem: (k: number, error: unknown) => number,
): number {
  try {
    return readCell(cell, spec.kind, spec.name);
  } catch (error) {
    return problem(k, error);
  }
}

function readColumns(
  functionName: string,
  inputs: readonly KpiInput[],
  args: readonly SheetArg[],
  perRow: readonly boolean[],
  fixed: readonly number[],
  rows: number,
  columns: number,
): NumberColumns {
  const cells = rows * columns;
  const result: NumberColumns = { numbers: [], problems: undefined };
  const problem = (k: number, error: unknown): number => {
    result.problems ??= new Array<string | undefined>(cells);
    // Arguments are read in order, so the first argument's problem is the one shown, with its row.
    result.problems[k] ??=
      error instanceof KpiInputError && error.problem !== undefined
        ? SheetMessage.problem({ ...error.problem, ...cellPlace(k, columns) }, functionName)
        : error instanceof Error
          ? error.message
          : String(error);
    return BLANK;
  };
  for (let i = 0; i < inputs.length; i++) {
    const spec = inputs[i];
    const numbers = scratchColumn(i, cells);
    if (!perRow[i]) {
      numbers.fill(fixed[i], 0, cells);
    } else if (spec.shape === 'rowSum') {
      const grid = args[i] as Grid;
      for (let r = 0; r < rows; r++) {
        try {
          numbers[r] = sumRow(grid[r], spec);
        } catch (error) {
          numbers[r] = problem(r, error);
        }
      }
    } else {
      const grid = args[i] as Grid;
      const [min, max] = fastRange(spec);
      if (columns === 1) {
        // The usual call, one column (B2:B): one plain loop. When the next argument is a column too,
        // both are read in the same loop: reading is bound by waiting on memory, and a loop over two
        // columns keeps twice as many cells on their way at once (about a fifth faster than two loops).
        const j = i + 1;
        if (j < inputs.length && perRow[j] && inputs[j].shape === 'each') {
          const specB = inputs[j];
          const gridB = args[j] as Grid;
          const numbersB = scratchColumn(j, cells);
          const [minB, maxB] = fastRange(specB);
          for (let r = 0; r < rows; r++) {
            // Argument i before argument j, so a row's first problem stays the one shown.
            const cell = grid[r][0];
            numbers[r] =
              typeof cell === 'number' && cell >= min && cell <= max ? cell : readOrProblem(cell, spec, r, problem);
            const cellB = gridB[r][0];
            numbersB[r] =
              typeof cellB === 'number' && cellB >= minB && cellB <= maxB
                ? cellB
                : readOrProblem(cellB, specB, r, problem);
          }
          result.numbers.push(numbers, numbersB);
          i++;
          continue;
        }
        for (let r = 0; r < rows; r++) {
          const cell = grid[r][0];
          numbers[r] =
            typeof cell === 'number' && cell >= min && cell <= max ? cell : readOrProblem(cell, spec, r, problem);
        }
        result.numbers.push(numbers);
        continue;
      }
      let k = 0;
      for (let r = 0; r < rows; r++) {
        const row = grid[r];
        for (let c = 0; c < columns; c++, k++) {
          const cell = row[c];
          if (typeof cell === 'number' && cell >= min && cell <= max) {
            numbers[k] = cell;
            continue;
          }
          numbers[k] = readOrProblem(cell, spec, k, problem);
        }
      }
    }
    result.numbers.push(numbers);
  }
  return result;
}

/**
 * Blanks, defaults, denominators and the KPI's arithmetic for every result cell, written straight into
 * the rows Sheets spills. A cell gets '' for a row left blank, a result, or the message of a row that
 * cannot be computed ("#CTR: ..."); a single call (one cell, no range) throws that message instead.
 * A row is blank when every required per-row input is blank: single values that apply to every row
 * do not turn the blank rows below an open range (B2:B) into errors.
 *
 * A one-column result row holding text is shared by every row with the same text in one call
 * ([''] below an open range, 'On track', ...) and frozen, so nobody can change one cell through another:
 * Sheets only reads the rows, and 100,000 fresh one-text arrays made the garbage collector work about as
 * long as the whole calculation. (A hand-written `['On track']` literal gets the same saving from the
 * engine, which shares a constant literal's contents.) A number gets a row of its own, stored unboxed.
 *
 * Performance note: the engine optimizes this loop while it runs (on-stack replacement) and reuses that
 * code on every call; any code after the loop that needs type feedback (destructuring, an object
 * literal) makes it fall back to slow code on each call, doubling the time. Hence plain parameters and
 * `return out`.
 */
function computeCells(
  kpi: SheetFunctionDefinition,
  compute: RowCompute,
  numbers: readonly Float64Array[],
  problems: readonly (string | undefined)[] | undefined,
  perRow: readonly boolean[],
  rows: number,
  columns: number,
): (number | string)[][] {
  const { inputs, functionName } = kpi;
  const count = inputs.length;
  const required = inputs.map((spec) => spec.defaultValue === undefined);
  const defaults = inputs.map((spec) => spec.defaultValue ?? BLANK);
  const blankAllowed = inputs.map((spec) => spec.blankAllowed === true);
  const nonZero = inputs.map((spec) => spec.nonZero === true);
  const requiredCount = required.filter(Boolean).length;
  const perRowRequired = required.filter((isRequired, i) => isRequired && perRow[i]).length;
  // Packed (not holey) so the KPI's formula reads it at full speed.
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(0);
  const out: (number | string)[][] = new Array<(number | string)[]>(rows);
  const textRows = new Map<string, string[]>();
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const outRow: (number | string)[] | undefined = columns === 1 ? undefined : new Array<number | string>(columns);
    for (let c = 0; c < columns; c++, k++) {
      let result: number | string;
      const problem = problems === undefined ? undefined : problems[k];
      if (problem === undefined) {
        let blankRequired = 0;
        let perRowBlank = 0;
        let firstBlank = -1;
        let firstZero = -1;
        for (let i = 0; i < count; i++) {
          let value = numbers[i][k];
          if (value !== value) {
            if (required[i]) {
              blankRequired++;
              if (perRow[i]) perRowBlank++;
              if (firstBlank < 0 && !blankAllowed[i]) firstBlank = i;
            } else {
              value = defaults[i];
            }
          }
          if (value === 0 && firstZero < 0 && nonZero[i]) firstZero = i;
          values[i] = value;
        }
        if (perRowRequired > 0 ? perRowBlank === perRowRequired : blankRequired === requiredCount) {
          result = '';
        } else if (firstBlank >= 0) {
          result = rowMessage('blank', inputs[firstBlank].name, functionName, k, rows, columns);
        } else if (firstZero >= 0) {
          result = rowMessage('zero', inputs[firstZero].name, functionName, k, rows, columns);
        } else {
          const computed = compute(values);
          if (typeof computed === 'number') {
            if (computed - computed === 0) {
              // A finite number: a row of its own literal stores it unboxed (the common, fast case).
              if (outRow === undefined) out[r] = [computed];
              else outRow[c] = computed;
              continue;
            }
            result = rowMessage('resultInfinite', '', functionName, k, rows, columns);
          } else if (typeof computed === 'string') {
            result = computed;
          } else {
            // The formula's own problem (a typed SheetProblem: target equals baseline, no mentions).
            result = rowMessage(computed.key, '', functionName, k, rows, columns);
          }
        }
      } else {
        if (rows === 1 && columns === 1) fail(functionName, problem);
        result = shownProblem(functionName, problem);
      }
      if (outRow !== undefined) {
        outRow[c] = result;
        continue;
      }
      let textRow = textRows.get(result);
      if (textRow === undefined) textRows.set(result, (textRow = Object.freeze([result]) as string[]));
      out[r] = textRow;
    }
    if (outRow !== undefined) out[r] = outRow;
  }
  return out;
}

/** An open-ended column (B2:B) has thousands of blank rows: the result stops at the last row with a value. */
function trimBlankRows(out: (number | string)[][]): void {
  let rows = out.length;
  while (rows > 1 && out[rows - 1].every((value) => value === '')) rows--;
  out.length = rows;
}

/** In a spilled result a row's problem shows as text in that cell: "#CTR: impressions is 0, ...". */
function shownProblem(functionName: string, message: string): string {
  return `#${functionName}: ${message}`;
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
    if (!isGrid(arg)) continue;
    if (arg.length === 0 || arg[0].length === 0) emptyRange(functionName, spec);
    if (spec.shape !== 'each') continue;
    const argRows = arg.length;
    const argColumns = arg[0].length;
    if (argRows === 1 && argColumns === 1) continue;
    if (shapeFrom === undefined) {
      shapeFrom = spec;
      rows = argRows;
      columns = argColumns;
    } else if (argRows !== rows || argColumns !== columns) {
      fail(
        functionName,
        SheetMessage.sizes(shapeFrom.name, spec.name, sizeOf(args[inputs.indexOf(shapeFrom)] as Grid), sizeOf(arg)),
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
        SheetMessage.rowSumSizes(inputs[i].name, shapeFrom?.name ?? '', sizeOf(arg), SheetMessage.size(rows, columns)),
      );
    }
  }

  const single = shapeFrom === undefined;
  const perRow: boolean[] = [];
  const fixed: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const arg = args[i];
    const spec = inputs[i];
    perRow.push(isGrid(arg) && !single && (spec.shape === 'rowSum' || arg.length * arg[0].length !== 1));
    if (perRow[i]) {
      fixed.push(BLANK);
      continue;
    }
    try {
      // A single value (or a one-cell range) is read once and applies to every row; a bad one fails the whole call.
      fixed.push(
        spec.shape === 'rowSum'
          ? sumRow(isGrid(arg) ? arg[0] : [arg], spec)
          : readCell(isGrid(arg) ? arg[0][0] : arg, spec.kind, spec.name),
      );
    } catch (error) {
      fail(functionName, (error as Error).message);
    }
  }
  const { numbers, problems } = readColumns(functionName, inputs, args, perRow, fixed, rows, columns);
  const out = computeCells(kpi, compute, numbers, problems, perRow, rows, columns);
  if (single) return out[0][0];
  trimBlankRows(out);
  return out;
}

/**
 * The mechanism for functions that turn whole ranges of answers into one value (CSAT, NPS,
 * response time). 'list' inputs are flattened row by row; other inputs must be single values.
 */
export function runListFunction(kpi: SheetFunctionDefinition, compute: ListCompute, args: readonly SheetArg[]): number {
  const { inputs, functionName } = kpi;
  const lists: number[][] = [];
  const scalars: number[] = [];
  let firstList: { spec: KpiInput; size: [number, number] } | undefined;
  /** An answer's problem with its row (and column, for a range wider than one column) in the range. */
  const failAt = (problem: Problem, index: number, width: number): never =>
    fail(
      functionName,
      SheetMessage.problem(
        { ...problem, row: Math.floor(index / width) + 1, column: width > 1 ? (index % width) + 1 : undefined },
        functionName,
      ),
    );
  for (let i = 0; i < inputs.length; i++) {
    const spec = inputs[i];
    const arg = args[i];
    if (spec.shape === 'list') {
      // A single value (Sheets passes one for a one-cell range) is a range of 1 row × 1 column.
      const size: [number, number] = isGrid(arg) ? [arg.length, arg[0]?.length ?? 0] : [1, 1];
      if (firstList && (firstList.size[0] !== size[0] || firstList.size[1] !== size[1])) {
        const [a, b] = [SheetMessage.size(...firstList.size), SheetMessage.size(...size)];
        fail(functionName, SheetMessage.listSizes(firstList.spec.name, spec.name, a, b));
      }
      firstList ??= { spec, size };
      const cells = isGrid(arg) ? arg.flat() : [arg];
      const list = new Array<number>(cells.length);
      for (let k = 0; k < cells.length; k++) {
        try {
          list[k] = readCell(cells[k], spec.kind, spec.name);
        } catch (error) {
          const problem = (error as KpiInputError).problem;
          // One cell has no row to name; an answer in a range is named by its row.
          if (!problem || !isGrid(arg)) fail(functionName, (error as Error).message);
          failAt(problem, k, size[1]);
        }
      }
      lists.push(list);
    } else {
      if (isGrid(arg) && arg.length * (arg[0]?.length ?? 0) !== 1)
        fail(functionName, SheetMessage.notSingle(spec.name));
      let value: number;
      try {
        value = readCell(isGrid(arg) ? arg[0][0] : arg, spec.kind, spec.name);
      } catch (error) {
        fail(functionName, (error as Error).message);
      }
      if (Number.isNaN(value)) value = spec.defaultValue ?? fail(functionName, SheetMessage.blankValue(spec.name));
      scalars.push(value);
    }
  }
  let result: number;
  try {
    result = compute(lists, scalars);
  } catch (error) {
    const problem = error instanceof KpiInputError ? error.problem : undefined;
    if (problem?.index !== undefined) failAt(problem, problem.index, firstList?.size[1] ?? 1);
    fail(functionName, error instanceof Error ? error.message : String(error));
  }
  if (!Number.isFinite(result))
    fail(functionName, SheetMessage.problem({ key: 'resultInfinite', input: '' }, functionName));
  return result;
}
