import { SHEET_FUNCTIONS } from '../catalog/kpis.ts';
import { nativeCheck, nativeFormula } from '../catalog/nativeFormula.ts';
import type { KpiInput, SheetFunctionDefinition } from '../catalog/types.ts';
import { argumentShape, isSingleRow, isSingleValue, splitColumns, type ArgumentShape } from './argumentShape.ts';
import { calledFunctionNames, findCalls, tokenize } from './formulaTokens.ts';

/**
 * What to do with one cell's formula before sharing:
 * - unchanged: it calls none of the add-on's functions;
 * - native: the same formula with every add-on call replaced by the catalog's native formula;
 * - freeze: some call has no exact native equivalent, so the caller writes the current value(s).
 */
export type FormulaRewrite =
  | { kind: 'unchanged' }
  | { kind: 'native'; formula: string; functions: string[] }
  | { kind: 'freeze'; reason: string; functions: string[] };

const BY_NAME = new Map<string, SheetFunctionDefinition>(SHEET_FUNCTIONS.map((kpi) => [kpi.functionName, kpi]));
const FUNCTION_NAMES: ReadonlySet<string> = new Set(BY_NAME.keys());

/** Functions that work cell by cell inside ARRAYFORMULA; anything else in a template would add up a whole range. */
const ELEMENT_WISE = new Set(['IF', 'ABS', 'NA', 'ISTEXT']);
const TEMPLATE_HELPERS: ReadonlySet<string> = new Set(['MIN', 'MAX', 'SUM']);

class FreezeNeeded extends Error {}

function placeholder(index: number): string {
  return `__ARG${index}__`;
}

/** References and plain numbers or texts go in as they are; anything else is wrapped so operators bind as written. */
function asOperand(text: string): string {
  const shape = argumentShape(text);
  if (shape.kind === 'cell' || shape.kind === 'range') return text;
  return shape.kind === 'literal' && !/^[-+]/.test(text) ? text : `(${text})`;
}

/**
 * Rewrites the template's own helpers: SUM over a competitor placeholder becomes the per-row sum of
 * its columns, and (for a range call) two-argument MIN/MAX become IF, because inside ARRAYFORMULA
 * MIN and MAX would take the smallest/largest of the whole range instead of each row's.
 */
function rewriteTemplateHelpers(body: string, rowSums: ReadonlyMap<string, string>, elementWise: boolean): string {
  let out = '';
  let last = 0;
  for (const call of findCalls(body, TEMPLATE_HELPERS)) {
    const name = call.name.toUpperCase();
    const args = call.args.map((arg) => rewriteTemplateHelpers(arg, rowSums, elementWise));
    let replacement: string;
    if (name === 'SUM' && args.length === 1 && rowSums.has(args[0])) {
      replacement = rowSums.get(args[0]) as string;
    } else if (elementWise && (name === 'MIN' || name === 'MAX') && args.length === 2) {
      const [a, b] = args.map(asOperand);
      replacement = `IF(${a}${name === 'MIN' ? '<' : '>'}${b},${a},${b})`;
    } else {
      replacement = `${call.name}(${args.join(',')})`;
    }
    out += body.slice(last, call.start) + replacement;
    last = call.end;
  }
  return out + body.slice(last);
}

function substitutePlaceholders(body: string, values: ReadonlyMap<string, string>): string {
  return tokenize(body)
    .map((token) => (token.type === 'name' && values.has(token.text) ? (values.get(token.text) as string) : token.text))
    .join('');
}

/** The condition that one required input is blank in a row, and how the custom function treats that. */
interface BlankCheck {
  condition: string;
  /** A blank is an answer here (KPI_STATUS's actual: "Not started"), not a missing input. */
  allowed: boolean;
  /** A range read row by row, as opposed to one value that applies to every row. */
  perRow: boolean;
}

/**
 * As the custom function does: a row whose inputs are all blank is blank (not #DIV/0!), and a row with
 * only some of them filled in is an error (#N/A), never a number computed from a blank as 0. In a range
 * call "all blank" looks at the ranges only: a fixed single value (a denominator in $B$1) does not make
 * the empty rows below the data count as filled.
 */
function guardBlanks(body: string, checks: readonly BlankCheck[]): string {
  if (checks.length === 0) return body;
  const strip = (condition: string) => (/^\([^()]*\)$/.test(condition) ? condition.slice(1, -1) : condition);
  const join = (list: readonly BlankCheck[], operator: string) =>
    list.length === 1 ? strip(list[0].condition) : list.map((check) => check.condition).join(operator);
  const perRow = checks.filter((check) => check.perRow);
  const all = join(perRow.length > 0 ? perRow : checks, '*');
  const required = checks.filter((check) => !check.allowed);
  if (required.length === 0) return `IF(${all},"",${body})`;
  const any = join(required, '+');
  return any === all ? `IF(${all},"",${body})` : `IF(${any},IF(${all},"",NA()),${body})`;
}

/** A literal that is certainly fine for its input: a plain number in the input's range (e.g. 5% for a share). */
function acceptedLiteral(spec: KpiInput, text: string): boolean {
  const match = /^([-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)(%?)$/.exec(text.trim());
  if (!match) return false;
  const value = Number(match[1]) / (match[2] ? 100 : 1);
  if (spec.kind === 'count' || spec.kind === 'money') return value >= 0;
  return spec.kind !== 'fraction' || (value >= 0 && value <= 1);
}

/**
 * Where the custom function refuses a value by its kind (src/functions/cellValues.ts): below 0 for a
 * count or an amount, outside 0…1 for a share. One condition per operand, element by element
 * (comparisons joined by +), so it works row by row inside ARRAYFORMULA; none for a literal that is fine.
 */
function refusedByKind(spec: KpiInput, operand: string, literal: boolean, compared: boolean): string[] {
  if (literal && (acceptedLiteral(spec, operand) || spec.kind === 'date' || spec.kind === 'number')) return [];
  if (spec.kind === 'count' || spec.kind === 'money') return [`(${operand}<0)`];
  if (spec.kind === 'fraction') return [`(${operand}<0)`, `(${operand}>1)`];
  // A text where a date or number belongs: arithmetic on it is an error already, a comparison is not.
  return compared ? [`ISTEXT(${operand})`] : [];
}

/** The native formula (without '=') for one call whose arguments are already rewritten. */
function rewriteCall(kpi: SheetFunctionDefinition, args: readonly string[]): string {
  const { functionName, inputs } = kpi;
  if (kpi.nativeFormula === null) {
    throw new FreezeNeeded(`${functionName} has no native formula; its current values are kept as plain values.`);
  }
  if (args.length > inputs.length) {
    throw new FreezeNeeded(`${functionName} takes at most ${inputs.length} arguments but has ${args.length}.`);
  }
  const given = inputs.map((_, i) => (args[i] ?? '').trim());
  const missing = inputs.find((spec, i) => spec.defaultValue === undefined && given[i] === '');
  if (missing) throw new FreezeNeeded(`${functionName} is missing ${missing.name}, so it shows an error now.`);

  const shapes: ArgumentShape[] = given.map(argumentShape);
  const isList = inputs.some((spec) => spec.shape === 'list');
  // Competitor columns are summed per row, so one row of them (C2:E2) is still a single-row call.
  const arrayCall = given.some(
    (text, i) => text !== '' && !isSingleValue(shapes[i]) && !(inputs[i].shape === 'rowSum' && isSingleRow(shapes[i])),
  );

  const refs: Record<string, string> = {};
  const values = new Map<string, string>();
  const rowSums = new Map<string, string>();
  // Per required input: the condition that it is blank; and whether a blank is an answer (KPI_STATUS's actual).
  const blankChecks: BlankCheck[] = [];
  // Conditions under which the custom function refuses the input: the native formula shows #N/A there.
  const refused: string[] = [];
  inputs.forEach((spec, i) => {
    const text = given[i];
    if (text === '') return; // left out: nativeFormula puts in the default value
    const shape = shapes[i];
    refs[spec.name] = placeholder(i);
    if (spec.shape === 'rowSum') {
      if (shape.kind === 'unknown') {
        throw new FreezeNeeded(
          `${functionName}'s ${spec.name} is not a plain range (e.g. C2:E), so its columns cannot be added up per row.`,
        );
      }
      const columns = shape.kind === 'range' ? splitColumns(shape.range) : [text];
      for (const column of columns) refused.push(...refusedByKind(spec, column, shape.kind === 'literal', false));
      rowSums.set(placeholder(i), columns.length === 1 ? columns[0] : `(${columns.join('+')})`);
      if (shape.kind !== 'literal') {
        const condition = columns.map((column) => `(${column}="")`).join('*');
        blankChecks.push({
          condition: columns.length === 1 ? condition : `(${condition})`,
          allowed: false,
          perRow: arrayCall && shape.kind === 'range',
        });
      }
      return;
    }
    const operand = asOperand(text);
    // Dates are compared (KPI_STATUS), a list KPI's single value is a criterion (CSAT's satisfied_from).
    const compared = spec.kind === 'date' || isList;
    if (spec.shape !== 'list') refused.push(...refusedByKind(spec, operand, shape.kind === 'literal', compared));
    // A blank cell in an optional argument means "use the default", as the custom function does.
    values.set(
      placeholder(i),
      spec.defaultValue !== undefined && shape.kind !== 'literal'
        ? `IF(${operand}="",${spec.defaultValue},${operand})`
        : operand,
    );
    if (spec.defaultValue === undefined && shape.kind !== 'literal') {
      blankChecks.push({
        condition: `(${operand}="")`,
        allowed: spec.blankAllowed === true,
        perRow: arrayCall && !isSingleValue(shape),
      });
    }
  });

  const template = nativeFormula(kpi, refs) as string;
  const elementWise = arrayCall && !isList;
  let body = rewriteTemplateHelpers(template, rowSums, elementWise);
  if (elementWise) {
    const aggregating = calledFunctionNames(body).filter((name) => !ELEMENT_WISE.has(name));
    if (aggregating.length > 0) {
      throw new FreezeNeeded(
        `${functionName}'s native formula uses ${aggregating[0]}, which cannot be applied row by row to a range.`,
      );
    }
  }
  if ([...rowSums.keys()].some((key) => body.includes(key))) {
    throw new FreezeNeeded(
      `${functionName}'s native formula uses its competitor columns in a way that cannot be rewritten.`,
    );
  }
  const check = nativeCheck(kpi, refs);
  if (check !== null) refused.push(isList ? `(${check}>0)` : check);
  if (refused.length > 0) body = `IF(${refused.join('+')},NA(),${body})`;
  body = substitutePlaceholders(body, values);
  if (!isList) body = guardBlanks(body, blankChecks);
  return arrayCall ? `ARRAYFORMULA(${body})` : body;
}

/** Rewrites every add-on call in an expression, innermost first; returns the names it rewrote. */
function rewriteExpression(text: string, used: string[]): string {
  let out = '';
  let last = 0;
  for (const call of findCalls(text, FUNCTION_NAMES)) {
    const kpi = BY_NAME.get(call.name.toUpperCase()) as SheetFunctionDefinition;
    used.push(kpi.functionName);
    const args = call.args.map((arg) => rewriteExpression(arg, used));
    out += text.slice(last, call.start) + rewriteCall(kpi, args);
    last = call.end;
  }
  return out + text.slice(last);
}

/**
 * Rewrites a formula (as getFormulas returns it, starting with '=') so that it no longer needs the
 * add-on. Only real calls of the add-on's functions are touched: names inside text ("CTR(") or
 * sheet names ('CTR(x)'!A1), and other functions whose names merely contain one (MY_CTR, CTRL) stay.
 *
 * How each input shape becomes native (chosen so Google Sheets and HyperFormula evaluate it alike):
 * - each: a call over ranges spills one value per row, so it becomes ARRAYFORMULA(template); on single
 *   cells the template alone. Rows follow the custom function: all inputs blank → "", some blank → #N/A:
 *   `=CTR(B2:B, C2:C)` → `=ARRAYFORMULA(IF((B2:B="")+(C2:C=""),IF((B2:B="")*(C2:C=""),"",NA()),B2:B/C2:C))`.
 *   MIN/MAX in a template (KPI_STATUS) become IF, since inside ARRAYFORMULA they would read the whole range.
 * - rowSum: SUM(competitors) becomes the per-row sum of its columns (C2:C+D2:D+E2:E); a named range
 *   cannot be split and is frozen.
 * - list: the template aggregates already; over a range it is wrapped in ARRAYFORMULA so SUMPRODUCT's
 *   array arithmetic (RESPONSE_TIME) is evaluated the same in both engines.
 * - an optional argument given as a cell falls back to its default when blank: IF(D2="",0.03,D2).
 * - no native formula (SOCIAL_KPIS), or a call that shows an error now (missing arguments): freeze.
 * Errors differ in wording only: the custom function explains ("#CTR: clicks is blank..."), the
 * native formula shows a Sheets error (#N/A, #DIV/0!).
 */
export function rewriteFormula(formula: string): FormulaRewrite {
  if (!formula.startsWith('=')) return { kind: 'unchanged' };
  const used: string[] = [];
  try {
    const rewritten = rewriteExpression(formula.slice(1), used);
    if (used.length === 0) return { kind: 'unchanged' };
    return { kind: 'native', formula: `=${rewritten}`, functions: [...new Set(used)] };
  } catch (error) {
    if (!(error instanceof FreezeNeeded)) throw error;
    return { kind: 'freeze', reason: error.message, functions: [...new Set(used)] };
  }
}

/** True when a formula calls one of the add-on's functions (cheap check before rewriting). */
export function usesAddOnFunctions(formula: string): boolean {
  return formula.startsWith('=') && findCalls(formula.slice(1), FUNCTION_NAMES).length > 0;
}
