import { SHEET_FUNCTIONS } from '../catalog/kpis.ts';
import type { SheetFunctionDefinition } from '../catalog/types.ts';
import { KpiInputError } from './cellValues.ts';
import { callText, type ProblemKey } from './messages.ts';
import {
  runListFunction,
  runRowFunction,
  type ListCompute,
  type RowCompute,
  type SheetArg,
  type SheetResult,
} from './sheetFunction.ts';
import { kpiProgress, kpiStatus } from './tracking.ts';

/**
 * The arithmetic of each KPI, one line each. Checking, broadcasting and blanks are done once for
 * all of them by runRowFunction / runListFunction; denominators are declared `nonZero` in the catalog.
 */
const ROW_FORMULAS: Record<string, RowCompute> = {
  // v[i] is the KPI's i-th input, in the catalog's order (named in the comment after each formula).
  AUDIENCE_GROWTH_RATE: (v) => v[0] / v[1], // new_followers / total_followers
  POST_REACH_RATE: (v) => v[0] / v[1], // reach / total_followers
  POTENTIAL_REACH: (v) => v[0] + v[1] * v[2], // followers + sharers_followers * share_seen
  // brand_mentions / (brand_mentions + competitor_mentions)
  SHARE_OF_VOICE: (v) => (v[0] + v[1] === 0 ? '!noMentions' : v[0] / (v[0] + v[1])),
  APPLAUSE_RATE: (v) => v[0] / v[1], // approvals / total_followers
  ENGAGEMENT_RATE: (v) => v[0] / v[1], // engagements / audience
  AMPLIFICATION_RATE: (v) => v[0] / v[1], // shares / total_followers
  CONVERSION_RATE: (v) => v[0] / v[1], // conversions / clicks
  CTR: (v) => v[0] / v[1], // clicks / impressions
  BOUNCE_RATE: (v) => v[0] / v[1], // bounces / sessions
  CPC: (v) => v[0] / v[1], // ad_spend / clicks
  CPM: (v) => (v[0] / v[1]) * 1000, // ad_spend / impressions * 1000
  ROI: (v) => (v[0] - v[1]) / v[1], // (gain - cost) / cost
  LEAD_CONVERSION_RATE: (v) => v[0] / v[1], // customers / leads
  SUPPORT_COST_PER_CUSTOMER: (v) => v[0] / v[1], // support_cost / customers
  CUSTOMER_LIFETIME_VALUE: (v) => v[0] * v[1] * v[2] * v[3], // avg_order_value * orders_per_year * years * gross_margin
  RESOLUTION_RATE: (v) => v[0] / v[1], // resolved / raised
  GROWTH_RATE: (v) => (v[0] - v[1]) / Math.abs(v[1]), // (current - previous) / |previous|
  KPI_PROGRESS: (v) => kpiProgress(v[0], v[1], v[2]), // actual, baseline, target
  KPI_STATUS: (v) => kpiStatus(v[0], v[1], v[2], v[3], v[4], v[5]), // actual, baseline, target, start_date, deadline, as_of
};

function answers(list: number[]): number[] {
  return list.filter((value) => !Number.isNaN(value));
}

function noAnswers(name: string): never {
  throw new KpiInputError(callText('noAnswers', name));
}

/** An answer (index in the flattened range) that cannot be used: shown with its row, in the spreadsheet's language. */
function badAnswer(key: ProblemKey, input: string, index: number, found?: number): never {
  throw new KpiInputError('', { key, input, found, index });
}

const LIST_FORMULAS: Record<string, ListCompute> = {
  CSAT: ([scores], [satisfiedFrom]) => {
    const given = answers(scores);
    if (given.length === 0) noAnswers('scores');
    return given.filter((score) => score >= satisfiedFrom).length / given.length;
  },
  NPS: ([scores]) => {
    let given = 0;
    let promoters = 0;
    let detractors = 0;
    for (let k = 0; k < scores.length; k++) {
      const score = scores[k];
      if (Number.isNaN(score)) continue;
      if (score < 0 || score > 10) badAnswer('npsScale', 'scores', k, score);
      given++;
      if (score >= 9) promoters++;
      else if (score <= 6) detractors++;
    }
    if (given === 0) noAnswers('scores');
    return ((promoters - detractors) / given) * 100;
  },
  RESPONSE_TIME: ([received, replied]) => {
    let totalDays = 0;
    let pairs = 0;
    for (let k = 0; k < received.length; k++) {
      if (Number.isNaN(received[k]) || Number.isNaN(replied[k])) continue;
      const days = replied[k] - received[k];
      if (days < 0) badAnswer('replyFirst', '', k);
      totalDays += days;
      pairs++;
    }
    if (pairs === 0) throw new KpiInputError(callText('noPairs', 'received_at', 'replied_at'));
    return (totalDays / pairs) * 24;
  },
};

/** SOCIAL_KPIS(): a table of every function, its formula and unit, for a sheet to spill. */
export function socialKpisTable(): string[][] {
  const header = ['Function', 'Syntax', 'What it measures', 'Formula', 'Unit', 'Better'];
  return [
    header,
    ...SHEET_FUNCTIONS.map((kpi) => [
      kpi.functionName,
      `=${kpi.functionName}(${kpi.inputs.map((i) => (i.defaultValue !== undefined ? `[${i.name}]` : i.name)).join(', ')})`,
      kpi.text.en.description,
      kpi.formula,
      kpi.unit,
      kpi.better,
    ]),
  ];
}

const BY_NAME = new Map<string, SheetFunctionDefinition>();

function definition(functionName: string): SheetFunctionDefinition {
  if (BY_NAME.size === 0) for (const kpi of SHEET_FUNCTIONS) BY_NAME.set(kpi.functionName, kpi);
  const kpi = BY_NAME.get(functionName);
  if (!kpi) throw new Error(`Unknown Social KPI Kit function ${functionName}.`);
  return kpi;
}

/** The implementation behind every custom function: `callSheetFunction('CTR', [clicks, impressions])`. */
export function callSheetFunction(functionName: string, args: readonly SheetArg[]): SheetResult {
  const kpi = definition(functionName);
  if (args.length > kpi.inputs.length) {
    throw new KpiInputError(
      `${functionName}: ${callText('tooMany', '', '', String(kpi.inputs.length), String(args.length))}`,
    );
  }
  const missing = kpi.inputs.find((spec, i) => spec.defaultValue === undefined && args[i] === undefined);
  if (missing) {
    const usage = `=${functionName}(${kpi.inputs.map((i) => i.name).join(', ')})`;
    throw new KpiInputError(`${functionName}: ${callText('missing', missing.name, usage)}`);
  }
  if (functionName === 'SOCIAL_KPIS') return socialKpisTable();
  const row = ROW_FORMULAS[functionName];
  if (row) return runRowFunction(kpi, row, args);
  return runListFunction(kpi, LIST_FORMULAS[functionName], args);
}

/** Every catalog function has an implementation (checked by a test). */
export function implementedFunctionNames(): string[] {
  return [...Object.keys(ROW_FORMULAS), ...Object.keys(LIST_FORMULAS), 'SOCIAL_KPIS'];
}
