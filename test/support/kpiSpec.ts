/**
 * Runs a KPI's spec table (src/catalog/families/*.spec.ts), as Gapminder's GM_*.spec.ts do: each row
 * names the arguments by their parameter names and says what the sheet shows, a result or the
 * message the call fails with. Messages are the English ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../../src/catalog/sheetFunctions.ts';
import { callSheetFunction } from '../../src/functions/kpiFunctions.ts';
import { setSheetFunctionLanguage } from '../../src/functions/messages.ts';

/** One case: an argument per parameter (left out: not given), and the result or a part of the message. */
export type SpecRow = { [parameter: string]: unknown } & (
  | { expected: number | string | readonly (readonly unknown[])[] | object; fails?: never }
  | { fails: string; expected?: never }
);

function shown(value: unknown): string {
  return Array.isArray(value) ? JSON.stringify(value) : typeof value === 'string' ? `"${value}"` : String(value);
}

export function kpiSpec(functionName: string, rows: readonly SpecRow[]): void {
  const kpi = SHEET_FUNCTIONS.find((candidate) => candidate.functionName === functionName);
  const parameters = kpi?.inputs.map((input) => input.name) ?? [];
  beforeAll(() => setSheetFunctionLanguage('en'));
  describe(`${functionName}(${parameters.join(', ')})`, () => {
    it('is a sheet function of the catalog, and its table names only its parameters', () => {
      expect(kpi, `${functionName} is not in the catalog`).toBeDefined();
      const unknown = rows.flatMap((row) =>
        Object.keys(row).filter((key) => key !== 'expected' && key !== 'fails' && !parameters.includes(key)),
      );
      expect(unknown, `not parameters of ${functionName}`).toEqual([]);
    });

    const cases = rows.map((row) => {
      const given = parameters.filter((name) => row[name] !== undefined);
      const call = `${functionName}(${given.map((name) => `${name} ${shown(row[name])}`).join(', ')})`;
      const outcome = row.fails !== undefined ? `fails: ${row.fails}` : `→ ${shown(row.expected)}`;
      return { name: `${call} ${outcome}`, row };
    });
    it.each(cases)('$name', ({ row }) => {
      const args = parameters.map((name) => row[name]);
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
      if (row.fails !== undefined) {
        expect(() => callSheetFunction(functionName, args)).toThrow(row.fails);
        return;
      }
      const result = callSheetFunction(functionName, args);
      if (typeof row.expected === 'number') expect(result).toBeCloseTo(row.expected, 12);
      else expect(result).toEqual(row.expected);
    });
  });
}
