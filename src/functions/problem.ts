import type { ProblemKey } from './messages.ts';

/**
 * Why a row has no result, as a typed value a KPI's arithmetic returns (never a string with a
 * marker): the row shows its message, in the spreadsheet's language, where the number would be.
 */
export class SheetProblem {
  constructor(readonly key: ProblemKey) {}
}

const PROBLEMS = new Map<ProblemKey, SheetProblem>();

/** The one problem value per key (a row loop makes none of its own). */
export function problem(key: ProblemKey): SheetProblem {
  let value = PROBLEMS.get(key);
  if (value === undefined) PROBLEMS.set(key, (value = new SheetProblem(key)));
  return value;
}
