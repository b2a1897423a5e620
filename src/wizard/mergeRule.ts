/**
 * The rule for a user cell of the KPI map (channel, owner, cadence, baseline, target, deadline, notes)
 * when the wizard runs again. The wizard pre-fills from the sheet, so what it sends is the user's
 * latest intent only where it differs from what the add-on wrote there last time; a value it merely
 * carries over never overwrites the cell. So:
 * - a value changed in the wizard is written;
 * - a value typed in the sheet (also after the wizard was opened) is kept when the wizard did not change it;
 * - a cell that already shows the wizard's value is left alone, so a formula a user typed there survives;
 * - when the wizard says what it was opened on, "changed in the wizard" means changed since then
 *   (several wizards may be open at once; see concurrentMerge.ts).
 * Pure.
 */
import type { CellValue } from '../plan/types.ts';

export interface UserCellState {
  /** The row is new: nothing to keep. */
  isNewRow: boolean;
  /** What the cell shows now, and its formula ('' for a typed value). */
  sheetValue: CellValue;
  sheetFormula: string;
  /** What the add-on wrote there last time; undefined when unknown (e.g. the hidden record was deleted). */
  lastWritten: CellValue | undefined;
  /**
   * What the cell held when this wizard was opened, when known. Then a value differing from it is
   * what the user changed in this wizard, and only that is written: a wizard opened before another
   * apply carries that apply's old values, which must not count as changes.
   */
  opened?: CellValue | undefined;
  /** What the wizard sends now. */
  wizardValue: CellValue;
}

const isBlank = (value: CellValue | undefined) => value === null || value === undefined || value === '';

/** Equal as cell contents: numbers within rounding, blanks alike. */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

/** Shows the same thing: 3 and "3" alike (the wizard sends what the sheet showed as text). */
function showsSame(sheet: CellValue, wizard: CellValue): boolean {
  return sameCellValue(sheet, wizard) || (!isBlank(sheet) && !isBlank(wizard) && String(sheet) === String(wizard));
}

/** True when the wizard's value is written into the cell; false when the cell keeps what it has. */
export function wizardValueWins(cell: UserCellState): boolean {
  if (cell.isNewRow) return true;
  // Already there: writing would at best change nothing, at worst turn a typed formula into its value.
  if (showsSame(cell.sheetValue, cell.wizardValue)) return false;
  if (cell.opened !== undefined) return !sameCellValue(cell.wizardValue, cell.opened);
  if (cell.lastWritten === undefined) return isBlank(cell.sheetValue) && cell.sheetFormula === '';
  return !sameCellValue(cell.wizardValue, cell.lastWritten);
}
