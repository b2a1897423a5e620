/**
 * The in-memory workbook written as an .xlsx file (exceljs), as a manager gets it from File › Download
 * › Microsoft Excel, and values read back from an .xlsx file.
 *
 * How Sheets-only syntax is written, and why:
 * - ARRAYFORMULA(x) does not exist in Excel or LibreOffice. What it means there is an array formula
 *   (entered with Ctrl+Shift+Enter, `{=x}`): x is evaluated on whole ranges and fills the cells it
 *   spills into. So a formula with ARRAYFORMULA is written as an array formula over the cells
 *   HyperFormula spilled it into (one cell for one value), with the ARRAYFORMULA wrappers taken out.
 * - An open range (B3:B) does not exist in .xlsx either. Sheets reads it to the tab's last row, so it is
 *   written closed at the grid's last row (B3:B1000), exactly as the in-memory workbook hands it to
 *   HyperFormula: both engines read the same cells.
 * - Functions newer than Excel 2007 carry the `_xlfn.` prefix in the file (MAXIFS is `_xlfn.MAXIFS`),
 *   as Excel writes them; LibreOffice reads an unprefixed MAXIFS as an unknown function (#NAME?).
 */
import ExcelJS from 'exceljs';
import { DetailedCellError } from 'hyperformula';
import type { Workbook } from '../../src/inMemory/workbook.ts';
import { cellA1 } from '../../src/plan/a1.ts';
import { callAt, calledFunctionNames, tokenize } from '../../src/sharing/formulaTokens.ts';

/** Functions Excel 2007+ and LibreOffice Calc 7.4 both have, written as they are. */
const SHARED_FUNCTIONS: ReadonlySet<string> = new Set([
  'ABS',
  'AND',
  'CHAR',
  'COUNT',
  'COUNTA',
  'COUNTIF',
  'COUNTIFS',
  'DATE',
  'EDATE',
  'IF',
  'IFERROR',
  'INDEX',
  'ISNA',
  'ISNUMBER',
  'ISTEXT',
  'LEN',
  'MATCH',
  'MAX',
  'MIN',
  'NA',
  'NOT',
  'OR',
  'REPT',
  'ROUND',
  'SUM',
  'SUMIFS',
  'SUMPRODUCT',
  'TODAY',
  'TRUE',
]);

/** Functions both have, but newer than Excel 2007: the name they carry in an .xlsx file. */
const PREFIXED_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ['MAXIFS', '_xlfn.MAXIFS'],
  ['MINIFS', '_xlfn.MINIFS'],
  ['TEXTJOIN', '_xlfn.TEXTJOIN'],
]);

/** Function names in a formula that Excel or LibreOffice 7.4 lack (FILTER, a custom function...). */
export function functionsMissingElsewhere(formula: string): string[] {
  return calledFunctionNames(formula.replace(/^=/, '')).filter(
    (name) => name !== 'ARRAYFORMULA' && !SHARED_FUNCTIONS.has(name) && !PREFIXED_FUNCTIONS.has(name),
  );
}

/** The formula as an .xlsx file holds it: no '=', ARRAYFORMULA wrappers taken out, newer functions prefixed. */
function xlsxFormula(formula: string): string {
  const text = formula.replace(/^=/, '');
  const tokens = tokenize(text);
  return tokens
    .map((token, index) => {
      if (callAt(text, tokens, index) === undefined) return token.text;
      const name = token.text.toUpperCase();
      if (name === 'ARRAYFORMULA') return ''; // its parentheses stay: ARRAYFORMULA(x) → (x)
      return PREFIXED_FUNCTIONS.get(name) ?? token.text;
    })
    .join('');
}

/** One cell a formula fills: its own cell, or one it spills into. */
export interface FormulaCell {
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  /** The formula as written in the workbook (for messages). */
  formula: string;
  /** The cell holding the formula (the same as `cell` unless it spilled here). */
  anchor: string;
}

type Address = { sheet: number; row: number; col: number };

/** How far an array formula at `anchor` spills (rows, columns), HyperFormula's spill area. */
function spillSize(workbook: Workbook, anchor: Address): { rows: number; columns: number } {
  const { hf } = workbook;
  const spilled = (address: Address) => hf.isCellPartOfArray(address) && !hf.doesCellHaveFormula(address);
  let rows = 1;
  while (spilled({ ...anchor, row: anchor.row + rows })) rows++;
  let columns = 1;
  while (spilled({ ...anchor, col: anchor.col + columns })) columns++;
  return { rows, columns };
}

/**
 * Writes every tab of the workbook to an .xlsx file: values as values, formulas as described above,
 * without cached results (LibreOffice is made to recalculate anyway). Returns every cell a formula fills.
 */
export async function writeXlsx(workbook: Workbook, path: string): Promise<FormulaCell[]> {
  const { hf } = workbook;
  const book = new ExcelJS.Workbook();
  const cells: FormulaCell[] = [];
  for (const info of workbook.listSheets()) {
    const sheet = book.addWorksheet(info.name);
    const id = workbook.engineId(workbook.sheet(info.name));
    for (let row = 0; row < info.rows; row++) {
      for (let col = 0; col < info.columns; col++) {
        const address = { sheet: id, row, col };
        const a1 = cellA1(row + 1, col + 1);
        if (hf.doesCellHaveFormula(address)) {
          const formula = hf.getCellFormula(address) as string;
          const array = hf.isCellPartOfArray(address) || /\bARRAYFORMULA\(/i.test(formula);
          const { rows, columns } = array ? spillSize(workbook, address) : { rows: 1, columns: 1 };
          const ref = `${a1}:${cellA1(row + rows, col + columns)}`;
          sheet.getCell(a1).value = (
            array ? { formula: xlsxFormula(formula), shareType: 'array', ref } : { formula: xlsxFormula(formula) }
          ) as ExcelJS.CellFormulaValue;
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < columns; c++) {
              cells.push({ sheet: info.name, cell: cellA1(row + 1 + r, col + 1 + c), formula, anchor: a1 });
            }
          }
          continue;
        }
        if (hf.isCellPartOfArray(address)) continue; // filled by its array formula
        // A number as stored: getCellValue rounds it to 10 digits for display (HyperFormula's smartRounding).
        const stored = hf.getCellSerialized(address);
        const value = typeof stored === 'number' ? stored : hf.getCellValue(address);
        if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
          sheet.getCell(a1).value = value;
        }
      }
    }
  }
  await book.xlsx.writeFile(path);
  return cells;
}

/** A value both engines can show: a number, a text, a boolean, an error code, or blank. */
export type ComparableValue =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'blank' };

const MS_PER_DAY = 86_400_000;
/** Days between the spreadsheet day zero (1899-12-30) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

function comparable(value: unknown): ComparableValue {
  if (value === null || value === undefined || value === '') return { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  // exceljs hands a date-formatted number back as a Date (UTC); dates are day numbers in both engines.
  if (value instanceof Date) return { kind: 'number', value: value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL };
  if (value instanceof DetailedCellError) return { kind: 'error', value: value.value };
  if (typeof value === 'object' && 'error' in value) return { kind: 'error', value: String(value.error) };
  if (typeof value === 'object' && 'richText' in value) {
    return comparable((value.richText as { text: string }[]).map((part) => part.text).join(''));
  }
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    return comparable((value as { result?: unknown }).result);
  }
  return { kind: 'text', value: String(value) };
}

/** HyperFormula's value of a cell. */
export function workbookValue(workbook: Workbook, sheet: string, a1: string): ComparableValue {
  const id = workbook.engineId(workbook.sheet(sheet));
  const address = workbook.hf.simpleCellAddressFromString(a1, id);
  if (!address) throw new Error(`Not a cell: ${a1}`);
  return comparable(workbook.hf.getCellValue(address));
}

/** Every cell's value of an .xlsx file (as LibreOffice saved it), by tab name and A1 address. */
export async function readXlsxValues(path: string): Promise<Map<string, ComparableValue>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const values = new Map<string, ComparableValue>();
  book.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) =>
        // A formula's result read through cell.value loses a 0 (exceljs leaves it out); cell.result keeps it.
        values.set(
          `${sheet.name}!${cell.address}`,
          comparable(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value),
        ),
      ),
    ),
  );
  return values;
}

/** Whether two values agree: numbers to 1e-9 relative (absolute below 1), texts exactly, blank as blank, the same error. */
export function sameValue(a: ComparableValue, b: ComparableValue): boolean {
  if (a.kind === 'number' && b.kind === 'number') {
    // Relative to the larger of the two; near 0, to 1 (a sum that is 0 in one engine may be 1e-17 in the other).
    return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
