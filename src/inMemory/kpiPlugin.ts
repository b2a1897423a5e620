import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { SHEET_FUNCTIONS } from '../catalog/kpis.ts';
import type { SheetFunctionDefinition } from '../catalog/types.ts';
import { callSheetFunction, socialKpisTable } from '../functions/kpiFunctions.ts';
import type { SheetResult } from '../functions/sheetFunction.ts';

/**
 * The catalog's sheet functions as a HyperFormula function plugin, so the in-memory workbook, the
 * local preview and the tests evaluate `=CTR(B2:B41, C2:C41)` with the very code Apps Script runs.
 * HyperFormula is GPL: this module is never imported by src/main.ts and never reaches dist/Code.js.
 * Pure (no Node APIs): it also runs in the browser preview.
 */

// Internal HyperFormula types this plugin touches; kept structural so no deep imports are needed.
type Ast = { args: Ast[] } & Record<string, unknown>;
type ProcedureAst = Ast & { procedureName: string };
type State = { formulaAddress: { sheet: number; row: number } };
type ScalarIn = unknown;

const BY_NAME = new Map<string, SheetFunctionDefinition>(SHEET_FUNCTIONS.map((kpi) => [kpi.functionName, kpi]));

/** Every function name to itself: the catalog names are English and need no translation. */
export const KPI_FUNCTION_TRANSLATIONS: Record<string, Record<string, string>> = {
  enGB: Object.fromEntries(SHEET_FUNCTIONS.map((kpi) => [kpi.functionName, kpi.functionName])),
  enUS: Object.fromEntries(SHEET_FUNCTIONS.map((kpi) => [kpi.functionName, kpi.functionName])),
};

/**
 * Turns one HyperFormula value into what Apps Script passes for that cell: '' for an empty cell,
 * numbers as plain numbers (dates arrive as serials), text and booleans as they are, and an error
 * cell as its code text (e.g. "#DIV/0!"), which the functions then refuse as "not a number".
 */
function toAppsScriptValue(value: ScalarIn): unknown {
  if (value === EmptyValue || value === undefined || value === null) return '';
  if (value instanceof CellError) return `#${value.type}`;
  if (typeof value === 'object' && 'val' in value) return (value as { val: unknown }).val; // dates, %, currency
  return value;
}

/** A range arrives as a row-major 2-D array, a single cell as a scalar, exactly as in Apps Script. */
function toAppsScriptArg(value: ScalarIn): unknown {
  if (value === undefined) return undefined; // an argument left out, as Apps Script passes it
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toAppsScriptValue));
  return toAppsScriptValue(value);
}

/**
 * The shape a call spills into, predicted from its arguments' sizes before evaluation (HyperFormula
 * reserves the cells first). Mirrors runRowFunction: the first 'each' range larger than one cell sets
 * the shape, else a multi-row 'rowSum' range; list functions give one value; SOCIAL_KPIS its table.
 */
function predictedShape(
  kpi: SheetFunctionDefinition,
  argSizes: readonly ArraySize[],
): { rows: number; columns: number } {
  if (kpi.unit === 'table') {
    const table = socialKpisTable();
    return { rows: table.length, columns: table[0].length };
  }
  const SCALAR = { rows: 1, columns: 1 };
  let each: ArraySize | undefined;
  let rowSumRows = 1;
  for (let i = 0; i < kpi.inputs.length && i < argSizes.length; i++) {
    const size = argSizes[i];
    const { shape } = kpi.inputs[i];
    if (shape === 'each' && size.width * size.height > 1) {
      // Mismatched ranges end in one error message: give it one cell, not a spill of copies.
      if (each && (each.width !== size.width || each.height !== size.height)) return SCALAR;
      each ??= size;
    }
    if (shape === 'rowSum' && rowSumRows === 1) rowSumRows = size.height;
  }
  if (each) return { rows: each.height, columns: each.width };
  return { rows: rowSumRows, columns: 1 };
}

/** Pads a trimmed result (open ranges stop at the last filled row) to the reserved spill area with empty cells. */
function toSpill(result: (number | string)[][], rows: number, columns: number): SimpleRangeValue {
  const data: (number | string | typeof EmptyValue)[][] = [];
  for (let r = 0; r < rows; r++) {
    const source = result[r];
    const row: (number | string | typeof EmptyValue)[] = [];
    for (let c = 0; c < columns; c++) row.push(source !== undefined && c < source.length ? source[c] : EmptyValue);
    data.push(row);
  }
  return SimpleRangeValue.onlyValues(data as never);
}

function implementedFunctions(): ImplementedFunctions {
  const functions: ImplementedFunctions = {};
  for (const kpi of SHEET_FUNCTIONS) {
    functions[kpi.functionName] = {
      method: 'evaluateKpi',
      sizeOfResultArrayMethod: 'kpiResultSize',
      // Apps Script passes a missing argument as undefined and callSheetFunction explains what is
      // missing; every argument is optional here so HyperFormula does the same instead of #N/A.
      parameters: kpi.inputs.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      vectorizationForbidden: true,
    };
  }
  return functions;
}

class SocialKpiPlugin extends FunctionPlugin {
  static implementedFunctions = implementedFunctions();

  /** One method for every KPI: the function name comes from the formula being evaluated. */
  evaluateKpi(ast: ProcedureAst, state: State) {
    const name = ast.procedureName;
    const kpi = BY_NAME.get(name) as SheetFunctionDefinition;
    const { rows, columns } = this.shapeOf(kpi, ast, state);
    const run = (...args: ScalarIn[]) => {
      let result: SheetResult;
      try {
        // Apps Script drops trailing missing arguments; so does this, leaving them undefined.
        result = callSheetFunction(name, args.map(toAppsScriptArg));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return new CellError(ErrorType.ERROR, message);
      }
      if (!Array.isArray(result)) return result;
      if (rows === 1 && columns === 1 && result.length === 1 && result[0].length === 1) return result[0][0];
      return toSpill(result, rows, columns);
    };
    return this.runFunction(ast.args as never, state as never, this.metadata(name), run as never);
  }

  kpiResultSize(ast: ProcedureAst, state: State): ArraySize {
    const kpi = BY_NAME.get(ast.procedureName) as SheetFunctionDefinition;
    const { rows, columns } = this.shapeOf(kpi, ast, state);
    return rows === 1 && columns === 1 ? ArraySize.scalar() : new ArraySize(columns, rows);
  }

  private shapeOf(kpi: SheetFunctionDefinition, ast: ProcedureAst, state: State): { rows: number; columns: number } {
    if (kpi.inputs.some((spec) => spec.shape === 'list')) return { rows: 1, columns: 1 };
    const sizes = ast.args.map((arg) => {
      const size = this.arraySizeForAst(arg as never, state as never);
      if (Number.isFinite(size.height)) return size;
      // A whole column (B:B) is endless: spill as far as its sheet has rows when the formula is entered.
      const sheet = (arg.start as { sheet?: number } | undefined)?.sheet ?? state.formulaAddress.sheet;
      const startRow = (arg.start as { row?: number } | undefined)?.row ?? 0;
      return new ArraySize(size.width, Math.max(1, this.dependencyGraph.getSheetHeight(sheet) - startRow));
    });
    return predictedShape(kpi, sizes);
  }
}

let registered = false;

/**
 * Registers every catalog sheet function in HyperFormula (once; later calls do nothing), so any
 * `HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' })` understands `=CTR(...)` in English.
 */
export function registerKpiFunctions(): void {
  if (registered) return;
  const alreadyThere = HyperFormula.getRegisteredFunctionNames('enGB').includes(SHEET_FUNCTIONS[0].functionName);
  if (!alreadyThere) HyperFormula.registerFunctionPlugin(SocialKpiPlugin, KPI_FUNCTION_TRANSLATIONS);
  registered = true;
}

/** `B2:B` (open to the bottom, as in Sheets) but not `B2:B9`, `B:B` or a function name like `LOG10:`. */
const OPEN_RANGE = /(?<![A-Za-z0-9_.$])(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_$(!.])/g;

/**
 * HyperFormula cannot parse Sheets' open-ended ranges (`B2:B` is a parsing error there), so the
 * in-memory workbook closes them at the sheet's last row: `=CTR(B2:B, C2:C)` → `=CTR(B2:B41, C2:C41)`.
 * Text inside "quotes" is left alone.
 */
export function boundOpenRanges(formula: string, lastRow: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(OPEN_RANGE, (_, from: string, to: string) => `${from}:${to}${lastRow}`),
    )
    .join('');
}
