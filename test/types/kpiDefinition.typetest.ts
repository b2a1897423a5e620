/**
 * A KPI definition that lacks a part does not compile (issue 11 §1), as HyperFormula's
 * `implements FunctionPluginTypecheck<…>` refuses a declared function without its method. Checked by
 * `npm run typecheck` (tsc): each `@ts-expect-error` below must meet an error, or tsc fails.
 */
import type { InputInfo } from '../../src/catalog/inputs.ts';
import { input } from '../../src/catalog/inputs.ts';
import type { KpiDefinition, KpiInput, SheetFunctionDefinition } from '../../src/catalog/types.ts';

/** The value without one of its properties, as a definition that forgot it. */
function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}

/** A complete definition compiles. */
export const complete = {
  id: 'save_rate',
  functionName: 'SAVE_RATE',
  family: 'engagement',
  inputs: [input('approvals', 'B'), input('reach', 'C', { nonZero: true })],
  unit: 'fraction',
  better: 'higher',
  canExceed100Percent: false,
  formula: 'saves ÷ reach',
  nativeFormula: '{approvals}/{reach}',
  arithmetic: { row: (v) => v[0] / v[1] },
  goals: {
    serves: {
      community: { rank: 9, why: { en: 'Saves per person reached.', da: 'Gem pr. person.', nl: 'Opslagen.' } },
    },
    vanityFor: [],
    ruledOutBy: null,
    insteadWhenNo: null,
  },
  text: {
    en: { name: 'Save rate', description: 'Saves per person reached.' },
    da: { name: 'Gemmerate', description: 'Gem pr. nået person.' },
    nl: { name: 'Opslagpercentage', description: 'Opslagen per bereikte persoon.' },
  },
} satisfies SheetFunctionDefinition;

const withoutArithmetic = without(complete, 'arithmetic');
// @ts-expect-error A sheet function without its arithmetic ("compute is not a function" in a sheet).
export const noArithmetic: KpiDefinition = withoutArithmetic;

const withoutGoals = without(complete, 'goals');
// @ts-expect-error A KPI the wizard offers, without the goals it serves (it would never be recommended).
export const noGoals: KpiDefinition = withoutGoals;

// @ts-expect-error A KPI the wizard offers may not say it serves no goal: only tracking helpers do.
export const goalsNull: KpiDefinition = { ...complete, goals: null };

const withoutLimit = without(complete, 'canExceed100Percent');
// @ts-expect-error Whether a rate may exceed 100 % must be said (the wizard's % check reads it).
export const noLimit: KpiDefinition = withoutLimit;

// @ts-expect-error Texts in all three languages: no Dutch here.
export const noDutch: KpiDefinition = { ...complete, text: { en: complete.text.en, da: complete.text.da } };

const inputWithoutAggregation = without(complete.inputs[0], 'aggregation');
// @ts-expect-error An input without how a period and "All channels" combine it.
export const noAggregation: KpiInput = inputWithoutAggregation;

const followers: InputInfo = {
  kind: 'count',
  aggregation: 'latest',
  example: (month) => month.followers,
  description: 'Total followers at the end of the period',
  labels: { en: 'Total followers', da: 'Følgere i alt', nl: 'Totaal aantal volgers' },
  whereToFind: { en: 'Insights', da: 'Insights', nl: 'Insights' },
};
const followersWithoutExample = without(followers, 'example');
// @ts-expect-error An input without its example number (Load example data would leave its column empty).
export const noExample: InputInfo = followersWithoutExample;
