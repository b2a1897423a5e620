import type { BusinessGoalKind, CriticalQuestionId } from '../shared/wizardApi.ts';
import type { SheetProblem } from '../functions/problem.ts';
import type { InputName } from './inputs.ts';

/** The three languages the add-on speaks. English is the fallback. */
export type Language = 'en' | 'da' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'da', 'nl'];

/** The four social-media goal families of the articles, plus the tracking helpers. */
export type KpiFamily = 'reach' | 'engagement' | 'conversion' | 'roi' | 'satisfaction' | 'tracking';

/** What a result means, so sheets can format it (fraction → %, currency → money). */
export type KpiUnit = 'fraction' | 'currency' | 'count' | 'hours' | 'score' | 'status' | 'table';

/**
 * What a single input value may be. The shared argument mechanism checks these,
 * so no sheet function repeats the checks.
 * - count: a number ≥ 0 (followers, clicks)
 * - money: an amount ≥ 0 (ad spend, support cost)
 * - number: any number, also negative (net new followers, a KPI's actual value)
 * - fraction: 0…1 (10% in a cell arrives as 0.1)
 * - date: a date or date-time (a Date from Sheets, or a date serial number)
 */
export type InputKind = 'count' | 'money' | 'number' | 'fraction' | 'date';

/**
 * How an argument is consumed.
 * - each: one value per cell; same-shaped ranges are paired cell by cell, a single value applies to every cell
 * - rowSum: one or more columns summed per row (one column per competitor)
 * - list: the whole range is one list of answers, aggregated into one result
 */
export type InputShape = 'each' | 'rowSum' | 'list';

/**
 * How a period (and "All channels") combines an input's rows: summed (clicks), averaged (star
 * rating) or the latest value (followers at the end of the period: never summed across periods).
 */
export type Aggregation = 'sum' | 'average' | 'latest';

export interface LocalizedText {
  name: string;
  description: string;
}

export interface KpiInput {
  /** The parameter name users see in autocomplete: snake_case, stable (public API). */
  name: string;
  /**
   * The data input it reads (one column on "KPI data"): usually the same as `name`, but one metric
   * is one input whatever a function calls its parameter (POTENTIAL_REACH's `followers` reads total_followers).
   */
  input: InputName;
  /** How a period and "All channels" combine this input. */
  aggregation: Aggregation;
  kind: InputKind;
  shape: InputShape;
  /** A one-line description for autocomplete, in English (Apps Script shows only one language). */
  description: string;
  /** An example range for the autocomplete type slot, e.g. B2:B100. */
  example: string;
  /** A denominator: 0 is refused with a message. */
  nonZero?: boolean;
  /** Optional argument and the value used when it is left out or blank. */
  defaultValue?: number;
  /** A blank cell here is meaningful (e.g. no actual yet) instead of incomplete. */
  blankAllowed?: boolean;
  /** Localized labels for the column header of the data sheet. */
  labels: Record<Language, string>;
}

/**
 * One row's result from its numbers, values[i] for the KPI's i-th input (BLANK = NaN where a blank is
 * allowed), or the problem that stops it. Formulas index `values` rather than destructure it:
 * destructuring an array goes through the iterator protocol, measurably slower on 100,000 rows.
 */
export type RowCompute = (values: number[]) => number | string | SheetProblem;
/** One result from whole lists (blank cells are BLANK) and single-value arguments. */
export type ListCompute = (lists: number[][], scalars: number[]) => number;

/**
 * A KPI's arithmetic, of one of three kinds: row by row (`row`), over whole lists of answers
 * (`list`), or a table about the catalog itself (`table`, SOCIAL_KPIS).
 */
export type Arithmetic =
  { row: RowCompute } | { list: ListCompute } | { table: (catalog: readonly SheetFunctionDefinition[]) => string[][] };

/** A business goal a KPI serves: where the wizard lists it (lower rank first) and what it shows there. */
export interface GoalReason {
  rank: number;
  why: Record<Language, string>;
}

/** Where a KPI stands for each kind of business goal: the wizard's taxonomy is derived from these. */
export interface GoalFit {
  /** The goals it measures. */
  serves: Partial<Record<BusinessGoalKind, GoalReason>>;
  /** The goals for which it looks good but shows no progress. */
  vanityFor: readonly BusinessGoalKind[];
  /** A "be critical" question whose "no" rules it out (it needs what the company lacks), or null. */
  ruledOutBy: CriticalQuestionId | null;
  /** A "be critical" question whose "no" recommends it instead, for its own social goal, or null. */
  insteadWhenNo: CriticalQuestionId | null;
}

interface KpiBase {
  /** Stable id used in plans, sheets' keys and the wizard. */
  id: string;
  inputs: readonly KpiInput[];
  unit: KpiUnit;
  better: 'higher' | 'lower';
  /** A fraction that may exceed 100 % (ROI): a target above 1 typed without % is then taken as it is. */
  canExceed100Percent: boolean;
  /** The formula in words, as the articles give it. */
  formula: string;
  /**
   * A native Google Sheets formula (English names, `,` separators) that computes the same
   * thing without the add-on. `{input_name}` stands for a cell (each) or a range (list, rowSum).
   * Null when no native formula exists (the value is then frozen when preparing for sharing).
   */
  nativeFormula: string | null;
  /**
   * A check beyond the inputs' own kinds (src/functions/cellValues.ts checks those), as a native
   * condition: where it is true (not 0) the custom function refuses the input with a message, and the
   * native formula shows #N/A instead of a number. Element by element for 'each' inputs (+ and *, no
   * OR/AND, so it works inside ARRAYFORMULA); over the whole list for list KPIs, with `{where}` where it
   * can pick rows by criteria (a check without it is used on plain ranges only).
   */
  nativeCheck?: string;
  text: Record<Language, LocalizedText>;
}

/** A KPI the wizard offers: it serves business goals. */
interface TrackableKpi {
  family: Exclude<KpiFamily, 'tracking'>;
  goals: GoalFit;
}

/** A tracking helper (progress, status, change): a sheet function that serves no goal of its own. */
interface TrackingHelper {
  family: 'tracking';
  goals: null;
}

/** A custom sheet function: its public name (never renamed) and its arithmetic, side by side. */
interface SheetFunctionPart {
  functionName: string;
  arithmetic: Arithmetic;
}

/** A plain metric, entered as a number (follower count, impressions, revenue): no function of its own. */
interface PlainMetricPart {
  functionName: null;
  arithmetic: null;
}

/**
 * One complete KPI: inputs and how a period combines them, arithmetic beside its native formula,
 * the goals it serves and where it is vanity, texts in en/da/nl. A definition lacking a part does
 * not compile (test/types/kpiDefinition.typetest.ts shows it); example data comes from its inputs.
 */
export type KpiDefinition = KpiBase & (TrackableKpi | TrackingHelper) & (SheetFunctionPart | PlainMetricPart);

/** A catalog entry that is also a custom sheet function. */
export type SheetFunctionDefinition = KpiDefinition & SheetFunctionPart;

/** A KPI the wizard offers (not a tracking helper). */
export type TrackableKpiDefinition = KpiDefinition & TrackableKpi;
