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

export interface LocalizedText {
  name: string;
  description: string;
}

export interface KpiInput {
  /** The parameter name users see in autocomplete: snake_case, stable (public API). */
  name: string;
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

export interface KpiDefinition {
  /** Stable id used in plans, sheets' keys and the wizard. */
  id: string;
  /**
   * The custom sheet function's name: public API, never renamed. Null for a plain metric that is
   * entered as a number (follower count, impressions, revenue): it needs no function of its own.
   */
  functionName: string | null;
  family: KpiFamily;
  inputs: readonly KpiInput[];
  unit: KpiUnit;
  better: 'higher' | 'lower';
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

/** A catalog entry that is also a custom sheet function. */
export type SheetFunctionDefinition = KpiDefinition & { functionName: string };
