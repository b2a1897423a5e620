/**
 * Rows of a recognised (or mapped) export → one number per period × channel × input. Each row's date
 * decides its period, in the spreadsheet's time zone; each input is combined as its "KPI data" column
 * says (summed, averaged or the period's latest value), and only where the export column's meaning
 * allows it: reach is never added up over days or over a post's days, a level (followers) is never
 * summed, followers gained are not net followers. Rows it cannot read are listed with their line.
 */
import type { InputName } from '../catalog/inputs.ts';
import type { Aggregation, ExportGrain, ImportContext, ImportedValue } from '../shared/importApi.ts';
import type { ChannelId } from '../shared/wizardApi.ts';
import { DateMover, parseDate, parseNumber, type DateOrder } from './cellValues.ts';
import { PROGRESS_ROWS, type Table } from './csvTable.ts';
import type { Nature } from './exportKinds.ts';
import { IMPORT_TEXTS } from './importTexts.ts';
import { periodStart } from './periods.ts';

/** One input, read from export columns (0-based), added or subtracted. */
export interface ResolvedRule {
  input: InputName;
  nature: Nature;
  parts: Part[];
  /** The export column(s) it came from, as the export names them: "Likes + Saves". */
  sourceColumn: string;
  /**
   * Other columns for the same number, used in a row where the first ones are blank: an export that
   * spans Meta's 2025 rename has "Impressions" on older posts and "Views" on newer ones.
   */
  fallbacks: { parts: Part[]; sourceColumn: string }[];
}

interface Part {
  index: number;
  sign: 1 | -1;
}

export interface ReadPlan {
  grain: ExportGrain;
  /** The channel of a row (null: the row is not about social media and is skipped). */
  channelOf: (cells: string[]) => ChannelId | null;
  dateIndex: number;
  dateOrder: DateOrder;
  /** The time zone the date column's times are written in, or null for a platform's day. */
  timeZone: string | null;
  /** The period of every row, for an export without a date column (GA4 over one period). */
  fixedDay: string | null;
  idIndex: number;
  totalsIndex: number;
  rules: ResolvedRule[];
}

export interface UnreadableRow {
  line: number;
  reason: string;
}

export interface LeftOutColumn {
  column: string;
  input: InputName;
  label: string;
  reason: string;
}

export interface Aggregated {
  values: ImportedValue[];
  unreadable: UnreadableRow[];
  leftOut: LeftOutColumn[];
  /** Posts (distinct ids) or days read. */
  count: number;
  first: string | null;
  last: string | null;
}

interface Bucket {
  period: string;
  channel: ChannelId;
  sums: Float64Array;
  counts: Float64Array;
  latestDay: string[];
  latest: Float64Array;
  /** Per rule, a bit for each alternative (0: the first) that gave a value in the period. */
  sources: Uint32Array;
}

/** How a rule is combined over a period, or why it is left out. */
type Combine = Aggregation | { reason: string };

function combineOf(
  rule: ResolvedRule,
  aggregation: Aggregation,
  grain: ExportGrain,
  postDays: boolean,
  hasDates: boolean,
  label: string,
  context: ImportContext,
): Combine {
  const t = IMPORT_TEXTS[context.language].leftOut;
  const perPost = grain === 'posts';
  switch (rule.nature) {
    case 'count':
      return aggregation === 'latest' ? { reason: t.countNotLatest(rule.sourceColumn, label) } : aggregation;
    case 'unique':
      if (!perPost) return { reason: t.uniqueOverDays(rule.sourceColumn, label) };
      if (postDays) return { reason: t.uniqueOverPostDays(rule.sourceColumn, label) };
      return aggregation === 'average' ? 'average' : { reason: t.reachPerPostSummed(rule.sourceColumn, label) };
    case 'level':
      if (aggregation !== 'latest') return { reason: t.levelNotSummed(rule.sourceColumn, label) };
      return hasDates ? 'latest' : { reason: t.latestNeedsDays(rule.sourceColumn, label) };
    case 'gained':
      return { reason: t.gainedNotNet(rule.sourceColumn, label) };
  }
}

/** `onRows(done)`: rows of the table gone through so far, every PROGRESS_ROWS rows (for a progress bar). */
export function aggregate(
  table: Table,
  plan: ReadPlan,
  context: ImportContext,
  onRows?: (done: number) => void,
): Aggregated {
  const texts = IMPORT_TEXTS[context.language].unreadable;
  const tracked = new Map(context.columns.map((column) => [column.input, column]));
  const rules = plan.rules.filter((rule) => tracked.has(rule.input));
  const mover = new DateMover(plan.timeZone, context.timeZone);
  const buckets = new Map<string, Bucket>();
  const unreadable: UnreadableRow[] = [];
  const ids = new Set<string>();
  const days = new Set<string>();
  let postDays = false;
  let read = 0;
  const periods = new Map<string, string>();
  let lastChannel = '';
  let lastPeriod = '';
  let lastKey = '';
  let first: string | null = null;
  let last: string | null = null;
  const dateHeader = plan.dateIndex >= 0 ? table.headers[plan.dateIndex] : '';
  const values = new Float64Array(rules.length);
  const has = new Uint8Array(rules.length);
  const used = new Uint8Array(rules.length);
  let seen = 0;

  rows: for (const row of table.rows) {
    if (onRows !== undefined && ++seen % PROGRESS_ROWS === 0) onRows(seen);
    const cells = row.cells;
    if (plan.totalsIndex >= 0 && /^totals?$/i.test((cells[plan.totalsIndex] ?? '').trim())) continue;
    const channel = plan.channelOf(cells);
    if (channel === null) continue;
    let day = plan.fixedDay;
    if (plan.dateIndex >= 0) {
      const cell = (cells[plan.dateIndex] ?? '').trim();
      if (cell === '') {
        unreadable.push({ line: row.line, reason: texts.blankDate(dateHeader) });
        continue;
      }
      const wall = parseDate(cell, plan.dateOrder);
      if (wall === null) {
        unreadable.push({ line: row.line, reason: texts.badDate(dateHeader, cell) });
        continue;
      }
      day = mover.dayOf(wall);
    }
    if (day === null) continue;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      has[r] = 0;
      for (let alternative = 0; alternative <= rule.fallbacks.length && !has[r]; alternative++) {
        const parts = alternative === 0 ? rule.parts : rule.fallbacks[alternative - 1].parts;
        let total = 0;
        for (const part of parts) {
          const cell = cells[part.index] ?? '';
          const n = parseNumber(cell, true);
          if (n === null) continue;
          if (Number.isNaN(n)) {
            unreadable.push({ line: row.line, reason: texts.badNumber(table.headers[part.index], cell.trim()) });
            continue rows;
          }
          total += part.sign * n;
          has[r] = 1;
        }
        values[r] = total;
        used[r] = alternative;
      }
    }
    if (plan.idIndex >= 0) {
      const id = (cells[plan.idIndex] ?? '').trim();
      if (ids.has(id)) postDays = true;
      ids.add(id);
    }
    days.add(day);
    read++;
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
    let period = periods.get(day);
    if (period === undefined) periods.set(day, (period = periodStart(day, context.cadence)));
    const key = channel === lastChannel && period === lastPeriod ? lastKey : `${period}|${channel}`;
    lastChannel = channel;
    lastPeriod = period;
    lastKey = key;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = {
        period,
        channel,
        sums: new Float64Array(rules.length),
        counts: new Float64Array(rules.length),
        latestDay: new Array<string>(rules.length).fill(''),
        latest: new Float64Array(rules.length),
        sources: new Uint32Array(rules.length),
      };
      buckets.set(key, bucket);
    }
    for (let r = 0; r < rules.length; r++) {
      if (!has[r]) continue;
      bucket.sums[r] += values[r];
      bucket.sources[r] |= 1 << used[r];
      bucket.counts[r] += 1;
      if (day >= bucket.latestDay[r]) {
        bucket.latestDay[r] = day;
        bucket.latest[r] = values[r];
      }
    }
  }

  const leftOut: LeftOutColumn[] = [];
  const combines = rules.map((rule) => {
    const column = tracked.get(rule.input)!;
    const combine = combineOf(
      rule,
      column.aggregation,
      plan.grain,
      postDays,
      plan.dateIndex >= 0,
      column.label,
      context,
    );
    if (typeof combine !== 'string')
      leftOut.push({ column: rule.sourceColumn, input: rule.input, label: column.label, reason: combine.reason });
    return combine;
  });

  const out: ImportedValue[] = [];
  for (const bucket of buckets.values()) {
    rules.forEach((rule, r) => {
      const combine = combines[r];
      if (typeof combine !== 'string' || bucket.counts[r] === 0) return;
      const value =
        combine === 'sum'
          ? bucket.sums[r]
          : combine === 'average'
            ? bucket.sums[r] / bucket.counts[r]
            : bucket.latest[r];
      out.push({
        period: bucket.period,
        channel: bucket.channel,
        input: rule.input,
        value: tidy(value),
        sourceColumn: sourceOf(rule, bucket.sources[r]),
      });
    });
  }
  out.sort((a, b) => compare(a.period, b.period) || compare(a.channel, b.channel) || compare(a.input, b.input));
  const count =
    plan.grain === 'overview' || (plan.grain === 'posts' && plan.idIndex < 0)
      ? read
      : plan.grain === 'posts'
        ? ids.size
        : days.size;
  return { values: out, unreadable, leftOut, count, first, last };
}

/** The column(s) a period's value came from: "Views", or "Impressions / Views" in the period Meta renamed it. */
function sourceOf(rule: ResolvedRule, bits: number): string {
  const names = [rule.sourceColumn, ...rule.fallbacks.map((f) => f.sourceColumn)];
  return names.filter((_, i) => bits & (1 << i)).join(' / ');
}

/** Removes binary-fraction noise from sums of decimals (0.1 + 0.2), keeping 10 significant digits. */
function tidy(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
