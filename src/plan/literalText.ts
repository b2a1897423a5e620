/**
 * How a plan's literal value is handed to Range.setValues so Google Sheets stores exactly that value.
 *
 * setValues parses strings as if a user typed them: '=IMPORTXML(...)' becomes a formula, '+1' and
 * '0012' become numbers, '2024-01-01' a date, '-x' and '@x' errors or formulas. A leading apostrophe
 * is Sheets' own "this is text" escape: the apostrophe is not stored, getValues returns the string
 * without it, and it works in every cell whatever its number format. Setting the format to '@' instead
 * would change how later user input in the cell is read, and costs a call, so every non-empty string
 * is written with the apostrophe (also plain words: which strings Sheets would parse depends on the
 * spreadsheet's locale, so no string is left to chance). HyperFormula honours the same escape.
 */
import type { CellValue } from './types.ts';

/** The value to pass to setValues / setCellContents so the cell ends up holding `value` literally. */
export function toLiteralInput(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`The number ${value} cannot be written to a cell: plans hold finite numbers only.`);
  }
  return value;
}
