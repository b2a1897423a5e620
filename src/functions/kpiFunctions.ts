import { SHEET_FUNCTIONS } from '../catalog/sheetFunctions.ts';
import type { SheetFunctionDefinition } from '../catalog/types.ts';
import { KpiInputError } from './cellValues.ts';
import { SheetMessage } from './messages.ts';
import { runListFunction, runRowFunction, type SheetArg, type SheetResult } from './sheetFunction.ts';

/** SOCIAL_KPIS(): a table of every function, its formula and unit, for a sheet to spill. */
export function socialKpisTable(): string[][] {
  const { arithmetic } = definition('SOCIAL_KPIS');
  return 'table' in arithmetic ? arithmetic.table(SHEET_FUNCTIONS) : [];
}

const BY_NAME = new Map<string, SheetFunctionDefinition>();

function definition(functionName: string): SheetFunctionDefinition {
  if (BY_NAME.size === 0) for (const kpi of SHEET_FUNCTIONS) BY_NAME.set(kpi.functionName, kpi);
  const kpi = BY_NAME.get(functionName);
  if (!kpi) throw new Error(`Unknown Social KPI Kit function ${functionName}.`);
  return kpi;
}

/**
 * The implementation behind every custom function: `callSheetFunction('CTR', [clicks, impressions])`.
 * Checking, broadcasting and blanks are done once for all KPIs (runRowFunction / runListFunction);
 * the arithmetic is the KPI's own, in its definition.
 */
export function callSheetFunction(functionName: string, args: readonly SheetArg[]): SheetResult {
  const kpi = definition(functionName);
  if (args.length > kpi.inputs.length) {
    throw new KpiInputError(`${functionName}: ${SheetMessage.tooMany(kpi.inputs.length, args.length)}`);
  }
  const missing = kpi.inputs.find((spec, i) => spec.defaultValue === undefined && args[i] === undefined);
  if (missing) {
    const usage = `=${functionName}(${kpi.inputs.map((i) => i.name).join(', ')})`;
    throw new KpiInputError(`${functionName}: ${SheetMessage.missing(missing.name, usage)}`);
  }
  const { arithmetic } = kpi;
  if ('row' in arithmetic) return runRowFunction(kpi, arithmetic.row, args);
  if ('list' in arithmetic) return runListFunction(kpi, arithmetic.list, args);
  return arithmetic.table(SHEET_FUNCTIONS);
}

/** Every catalog function with its arithmetic (each definition carries one: the types require it). */
export function implementedFunctionNames(): string[] {
  return SHEET_FUNCTIONS.filter((kpi) => kpi.arithmetic !== null).map((kpi) => kpi.functionName);
}
