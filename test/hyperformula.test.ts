/**
 * The sheet functions in a real formula engine (HyperFormula), called from formulas over a sheet
 * as a spreadsheet would, and each KPI's native formula from the catalog checked against its
 * custom function on the same rows.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import { nativeFormula } from '../src/catalog/nativeFormula.ts';
import type { KpiInput, SheetFunctionDefinition } from '../src/catalog/types.ts';
import { boundOpenRanges, registerKpiFunctions } from '../src/inMemory/kpiPlugin.ts';

beforeAll(() => {
  registerKpiFunctions();
  registerKpiFunctions(); // idempotent: a second call must not throw
});

/**
 * A workbook with one sheet 'Data' holding the rows (row 1 = A1). Array arithmetic is on, as in
 * Google Sheets, where SUMPRODUCT((C2:C6-B2:B6)*...) works on whole ranges.
 */
function workbook(rows: RawCellContent[][]) {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true });
  const sheet = hf.getSheetId(hf.addSheet('Data'))!;
  hf.setSheetContent(sheet, rows);
  const at = (a1: string) => hf.simpleCellAddressFromString(a1, sheet)!;
  return {
    hf,
    /** Puts a formula in a cell and returns its value. */
    evaluate(a1: string, formula: string) {
      hf.setCellContents(at(a1), [[formula]]);
      return hf.getCellValue(at(a1));
    },
    value: (a1: string) => hf.getCellValue(at(a1)),
  };
}

const AMPLIFICATION_SHEET: RawCellContent[][] = [
  ['Month', 'Shares', 'Followers'],
  ['Jan', 10, 1000],
  ['Feb', 30, 1500],
  ['Mar', 'n/a', 1500],
  ['Apr', 5, 0],
  ['May', 8, 2000],
];

describe('custom functions in a HyperFormula sheet', () => {
  it('=AMPLIFICATION_RATE(B2:B6, C2:C6) spills one result per row, bad rows show their message', () => {
    const book = workbook(AMPLIFICATION_SHEET);
    expect(book.evaluate('E2', '=AMPLIFICATION_RATE(B2:B6, C2:C6)')).toBe(0.01);
    expect(book.value('E3')).toBe(0.02);
    expect(book.value('E4')).toBe('#AMPLIFICATION_RATE: shares row 3 is "n/a" (text). Wrong column?');
    expect(book.value('E5')).toBe(
      '#AMPLIFICATION_RATE: total_followers row 4 is 0, and AMPLIFICATION_RATE divides by it.',
    );
    expect(book.value('E6')).toBe(0.004);
  });

  it('a single-cell call gives one value', () => {
    const book = workbook(AMPLIFICATION_SHEET);
    expect(book.evaluate('E2', '=AMPLIFICATION_RATE(B3, C3)')).toBe(0.02);
    expect(book.value('E3')).toBeNull();
  });

  it('a single-cell error is a cell error carrying the message, and IFERROR catches it', () => {
    const book = workbook(AMPLIFICATION_SHEET);
    const error = book.evaluate('E2', '=AMPLIFICATION_RATE(B5, C5)');
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).message).toBe(
      'AMPLIFICATION_RATE: total_followers is 0, and AMPLIFICATION_RATE divides by it.',
    );
    expect(book.evaluate('F2', '=IFERROR(AMPLIFICATION_RATE(B5, C5), "check followers")')).toBe('check followers');
  });

  it('ranges of different sizes give one error naming both, not a spill of errors', () => {
    const book = workbook(AMPLIFICATION_SHEET);
    const error = book.evaluate('E2', '=AMPLIFICATION_RATE(B2:B3, C2:C4)') as DetailedCellError;
    expect(error.message).toContain('shares is 2 rows × 1 column but total_followers is 3 rows × 1 column');
    expect(book.value('E3')).toBeNull();
  });

  it('a range longer than the data leaves the rows below blank', () => {
    const book = workbook([
      ['Clicks', 'Impressions'],
      [25, 1000],
      [30, 1000],
    ]);
    expect(book.evaluate('D2', '=CTR(A2:A20, B2:B20)')).toBe(0.025);
    expect(book.value('D3')).toBe(0.03);
    for (const a1 of ['D4', 'D5', 'D20']) expect(book.value(a1)).toBeNull();
  });

  it('a single value applies to every row', () => {
    const book = workbook([['Impressions'], [10000], [50000]]);
    expect(book.evaluate('C2', '=CPM(100, A2:A3)')).toBe(10);
    expect(book.value('C3')).toBe(2);
  });

  it('optional arguments can be left out', () => {
    const book = workbook([[1000, 20000]]);
    expect(book.evaluate('D1', '=POTENTIAL_REACH(A1, B1)')).toBe(1600);
  });

  it('a missing required argument is explained, as in Sheets', () => {
    const book = workbook([[1]]);
    expect((book.evaluate('D1', '=CTR(A1)') as DetailedCellError).message).toBe(
      'CTR: impressions is missing. Use =CTR(clicks, impressions).',
    );
  });

  it('SHARE_OF_VOICE sums the competitor columns of each row', () => {
    const book = workbook([
      [30, 20, 50],
      [10, 0, 0],
    ]);
    expect(book.evaluate('E1', '=SHARE_OF_VOICE(A1:A2, B1:C2)')).toBe(0.3);
    expect(book.value('E2')).toBe(1);
  });

  it('CSAT over a column with blanks counts only the answers', () => {
    const book = workbook([[5], [4], [null], [2]]);
    // HyperFormula rounds results to 10 significant digits, hence 9 decimals here.
    expect(book.evaluate('C1', '=CSAT(A1:A4)')).toBeCloseTo(2 / 3, 9);
  });

  it('SOCIAL_KPIS spills its table of text', () => {
    const book = workbook([]);
    expect(book.evaluate('A1', '=SOCIAL_KPIS()')).toBe('Function');
    expect(book.value('A2')).toBe(SHEET_FUNCTIONS[0].functionName);
    expect(book.value('E2')).toBe(SHEET_FUNCTIONS[0].unit);
  });

  it('a whole-column range (B:B) spills as far as the sheet has rows', () => {
    const book = workbook([
      [25, 1000],
      [30, 1000],
    ]);
    expect(book.evaluate('D1', '=CTR(A:A, B:B)')).toBe(0.025);
    expect(book.value('D2')).toBe(0.03);
  });

  it('an open range (B2:B) is closed at the last row before HyperFormula reads it', () => {
    expect(boundOpenRanges('=CTR(B2:B, Data!C2:C)', 41)).toBe('=CTR(B2:B41, Data!C2:C41)');
    expect(boundOpenRanges('=CTR($B$2:$B, C2:C9) & "B2:B"', 41)).toBe('=CTR($B$2:$B41, C2:C9) & "B2:B"');
    expect(boundOpenRanges('=SUM(B:B)+LOG10(A1)', 41)).toBe('=SUM(B:B)+LOG10(A1)');
    const book = workbook([
      ['Clicks', 'Impressions'],
      [25, 1000],
      [30, 1000],
    ]);
    expect(book.evaluate('D2', boundOpenRanges('=CTR(A2:A, B2:B)', 40))).toBe(0.025);
    expect(book.value('D3')).toBe(0.03);
    expect(book.value('D4')).toBeNull();
  });

  it('function names are understood whatever case is typed', () => {
    const book = workbook([[25, 1000]]);
    expect(book.evaluate('D1', '=ctr(A1, B1)')).toBe(0.025);
  });
});

/** Column letters from B on: A holds a label. */
const letter = (index: number) => String.fromCharCode('B'.charCodeAt(0) + index);

const START = 46000;
const DEADLINE = 46100;

/** Valid values for one input on each of five rows, chosen so every branch of the KPIs is met. */
function sampleValues(kpi: SheetFunctionDefinition, input: KpiInput): RawCellContent[] {
  if (kpi.functionName === 'KPI_STATUS') {
    const rows: Record<string, RawCellContent[]> = {
      actual: [null, 210, 160, 140, 6],
      baseline: [100, 100, 100, 100, 10],
      target: [200, 200, 200, 200, 2],
      start_date: [START, START, START, START, START],
      deadline: [DEADLINE, DEADLINE, DEADLINE, DEADLINE, DEADLINE],
      as_of: [START + 50, START + 50, START + 50, START + 50, START + 50],
    };
    return rows[input.name];
  }
  if (kpi.functionName === 'RESPONSE_TIME') {
    return input.name === 'received_at'
      ? [START + 0.25, START + 1.5, null, START + 3.1, START + 4]
      : [START + 0.5, START + 1.75, START + 2.5, null, START + 4.05];
  }
  const tracking: Record<string, RawCellContent[]> = {
    // Baseline and target differ on every row (else there is no progress to measure); row 2 is lower-is-better.
    actual: [150, 6, 5, 45, 0],
    baseline: [100, 10, 0, 50, -20],
    target: [200, 2, 10, 40, 20],
  };
  if (tracking[input.name]) return tracking[input.name];
  if (input.name === 'scores') return kpi.functionName === 'NPS' ? [10, 9, 7, 3, null] : [5, 4, null, 2, 3];
  if (input.name === 'satisfied_from') return [4, 4, 4, 4, 4];
  switch (input.kind) {
    case 'fraction':
      return [0.03, 0.05, 0.4, 0.02, 1];
    case 'money':
      return [150, 99.5, 1200, 7.25, 0];
    case 'number':
      return input.nonZero ? [100, -40, 250, 3, 80] : [120, -15, 0, 44, 1000];
    default:
      return input.nonZero ? [1000, 250, 40, 7, 1] : [25, 0, 13, 7, 1];
  }
}

/** Builds a table for one KPI; returns the rows and where each input lives. */
function kpiTable(kpi: SheetFunctionDefinition) {
  const rows: RawCellContent[][] = [['Row'], ...[1, 2, 3, 4, 5].map((n) => [`#${n}`] as RawCellContent[])];
  const columnsOf = new Map<string, { first: string; last: string }>();
  let next = 0;
  for (const input of kpi.inputs) {
    const width = input.shape === 'rowSum' ? 3 : 1;
    const first = letter(next);
    const values = sampleValues(kpi, input);
    for (let c = 0; c < width; c++) {
      rows[0][next + c + 1] = `${input.name} ${c + 1}`;
      for (let r = 0; r < 5; r++) {
        const value = values[r];
        // Competitor columns differ per column so the sum matters.
        rows[r + 1][next + c + 1] = typeof value === 'number' ? value * (c + 1) : value;
      }
    }
    next += width;
    columnsOf.set(input.name, { first, last: letter(next - 1) });
  }
  return { rows, columnsOf, resultColumn: letter(next + 1), nativeColumn: letter(next + 2) };
}

/** Cell or range references for each input on one row (each, rowSum) or over all rows (list). */
function refsFor(kpi: SheetFunctionDefinition, columnsOf: Map<string, { first: string; last: string }>, row: number) {
  const refs: Record<string, string> = {};
  for (const input of kpi.inputs) {
    const { first, last } = columnsOf.get(input.name)!;
    if (input.shape === 'list') refs[input.name] = `${first}2:${last}6`;
    else if (input.shape === 'rowSum') refs[input.name] = `${first}${row}:${last}${row}`;
    else refs[input.name] = `${first}${row}`;
  }
  return refs;
}

const WITH_NATIVE = SHEET_FUNCTIONS.filter((kpi) => kpi.nativeFormula !== null);
const isList = (kpi: SheetFunctionDefinition) => kpi.inputs.some((input) => input.shape === 'list');

describe('each KPI native formula gives the same numbers as its custom function', () => {
  it('every KPI but SOCIAL_KPIS has a native formula', () => {
    expect(SHEET_FUNCTIONS.filter((kpi) => kpi.nativeFormula === null).map((kpi) => kpi.functionName)).toEqual([
      'SOCIAL_KPIS',
    ]);
  });

  it.each(WITH_NATIVE.map((kpi) => ({ name: kpi.functionName, kpi })))(
    '$name: custom function and native formula agree on the same table',
    ({ kpi }) => {
      const { rows, columnsOf, resultColumn, nativeColumn } = kpiTable(kpi);
      const book = workbook(rows);
      const rowNumbers = isList(kpi) ? [2] : [2, 3, 4, 5, 6];
      let compared = 0;
      for (const row of rowNumbers) {
        const refs = refsFor(kpi, columnsOf, row);
        const args = kpi.inputs.map((input) => refs[input.name]).join(', ');
        const custom = book.evaluate(`${resultColumn}${row}`, `=${kpi.functionName}(${args})`);
        const native = book.evaluate(`${nativeColumn}${row}`, `=${nativeFormula(kpi, refs)}`);
        // Rows the custom function refuses (e.g. a 0 denominator) must not be numbers natively either.
        if (custom instanceof DetailedCellError || (typeof custom === 'string' && custom.startsWith('#'))) {
          expect(typeof native, `${kpi.functionName} row ${row}: native gave ${String(native)}`).not.toBe('number');
          continue;
        }
        if (typeof custom === 'number') expect(native, `${kpi.functionName} row ${row}`).toBeCloseTo(custom, 9);
        else expect(native, `${kpi.functionName} row ${row}`).toBe(custom);
        compared++;
      }
      expect(compared, 'rows where both give a value').toBeGreaterThan(0);
    },
  );

  it.each(WITH_NATIVE.filter((kpi) => kpi.inputs.some((input) => input.defaultValue !== undefined)))(
    '$functionName: with optional arguments left out, both use the same default',
    (kpi) => {
      const { rows, columnsOf, resultColumn, nativeColumn } = kpiTable(kpi);
      const book = workbook(rows);
      const refs = refsFor(kpi, columnsOf, 2);
      for (const input of kpi.inputs) if (input.defaultValue !== undefined) delete refs[input.name];
      const args = kpi.inputs
        .filter((input) => refs[input.name] !== undefined)
        .map((input) => refs[input.name])
        .join(', ');
      const custom = book.evaluate(`${resultColumn}2`, `=${kpi.functionName}(${args})`);
      const native = book.evaluate(`${nativeColumn}2`, `=${nativeFormula(kpi, refs)}`);
      expect(typeof custom).toBe('number');
      expect(native).toBeCloseTo(custom as number, 9);
    },
  );

  it('KPI_STATUS agrees with its native formula on every status', () => {
    const kpi = SHEET_FUNCTIONS.find((k) => k.functionName === 'KPI_STATUS')!;
    const { rows, columnsOf, resultColumn } = kpiTable(kpi);
    const book = workbook(rows);
    const statuses = [2, 3, 4, 5, 6].map((row) => {
      const refs = refsFor(kpi, columnsOf, row);
      return book.evaluate(`${resultColumn}${row}`, `=${nativeFormula(kpi, refs)}`);
    });
    expect(statuses).toEqual(['Not started', 'Achieved', 'On track', 'Behind', 'On track']);
  });
});
