/**
 * Property tests: whatever a sheet passes (numbers of any size, blanks, text, checkboxes, dates,
 * single cells or ranges of any shape), a function either returns finite numbers and text only,
 * or throws an Error with a message. Never NaN, Infinity, undefined or null; never a thrown non-Error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import { callSheetFunction } from '../src/functions/kpiFunctions.ts';

const EXTREMES = [0, -0, 1, -1, 1e308, -1e308, 5e-324, -5e-324, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 0.1];

/** Any value Apps Script may pass for one cell. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREMES) },
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('12%', '1.234,5', ' 7 ', '-3', '1e3', 'n/a', '%', '.5', '5.', '1e400', '100%'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);

/** Only plain numbers and blanks: calls that get past the input checks and reach the arithmetic. */
const numericCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREMES.filter((value) => value >= 0)) },
  { weight: 1, arbitrary: fc.constant('') },
);

const grid = (value: fc.Arbitrary<unknown>, rows: number, columns: number) =>
  fc.array(fc.array(value, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

const anyShape = fc.record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 3 }) });

/**
 * A call: a function name and its arguments, each a single value, a range of a shape shared with
 * the other arguments (so rows pair up), a range of its own shape, or left out.
 */
function calls(value: fc.Arbitrary<unknown>) {
  return fc.record({ kpi: fc.constantFrom(...SHEET_FUNCTIONS), shared: anyShape }).chain(({ kpi, shared }) =>
    fc.record({
      name: fc.constant(kpi.functionName),
      args: fc.tuple(
        ...kpi.inputs.map(() =>
          fc.oneof(
            { weight: 3, arbitrary: value },
            { weight: 4, arbitrary: grid(value, shared.rows, shared.columns) },
            { weight: 1, arbitrary: anyShape.chain(({ rows, columns }) => grid(value, rows, columns)) },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
        ),
      ),
    }),
  );
}

/** Every value in a result is a finite number or text; a spilled result is a rectangle. */
function problemsIn(result: unknown): string[] {
  const problems: string[] = [];
  const check = (value: unknown, where: string) => {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${where} is ${value}`);
    else if (typeof value !== 'number' && typeof value !== 'string') problems.push(`${where} is ${String(value)}`);
  };
  if (!Array.isArray(result)) {
    check(result, 'the result');
    return problems;
  }
  if (result.length === 0) problems.push('the result is an empty array');
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  result.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== width || width === 0) {
      problems.push(`row ${r} is not a row of ${width} cells`);
      return;
    }
    row.forEach((value: unknown, c) => check(value, `cell [${r}][${c}]`));
  });
  return problems;
}

function outcome(name: string, args: unknown[]): { problems: string[] } {
  let result: unknown;
  try {
    result = callSheetFunction(name, args);
  } catch (error) {
    if (!(error instanceof Error)) return { problems: [`threw a non-Error: ${String(error)}`] };
    if (typeof error.message !== 'string' || error.message.trim() === '')
      return { problems: ['threw without a message'] };
    if (!error.message.startsWith(`${name}: `))
      return { problems: [`message does not start with the name: ${error.message}`] };
    return { problems: [] };
  }
  return { problems: problemsIn(result) };
}

describe('random input never yields NaN, Infinity, undefined, null or a thrown non-Error', () => {
  it('any mix of numbers, blanks, text, checkboxes, dates and shapes, for every function', () => {
    fc.assert(
      fc.property(calls(cell), ({ name, args }) => {
        expect(outcome(name, args).problems, `${name}(${JSON.stringify(args)})`).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it('plain numbers from tiny to huge, in single cells and same-shaped ranges, for every function', () => {
    fc.assert(
      fc.property(calls(numericCell), ({ name, args }) => {
        expect(outcome(name, args).problems, `${name}(${JSON.stringify(args)})`).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it('for each function, whole columns of plain numbers give at most one result per row', () => {
    for (const kpi of SHEET_FUNCTIONS) {
      const columns = fc
        .integer({ min: 1, max: 30 })
        .chain((rows) =>
          fc.record({ rows: fc.constant(rows), args: fc.tuple(...kpi.inputs.map(() => grid(numericCell, rows, 1))) }),
        );
      fc.assert(
        fc.property(columns, ({ rows, args }) => {
          expect(outcome(kpi.functionName, args).problems, `${kpi.functionName}(${JSON.stringify(args)})`).toEqual([]);
          let result: unknown;
          try {
            result = callSheetFunction(kpi.functionName, args);
          } catch {
            return; // a thrown Error is checked above
          }
          if (Array.isArray(result) && kpi.unit !== 'table') expect(result.length).toBeLessThanOrEqual(rows);
        }),
        { numRuns: 200 },
      );
    }
  });
});
