/**
 * readExport: one analytics export (a CSV's text or bytes, or the rows of a tab a user brought in with
 * File → Import) → what it is and the numbers it gives per period × channel × input, or a question
 * when it reads two ways (never a guess), or a refusal that says what was wrong and how to fix it.
 * Pure; runs in the sidebar (the import panel) and in Node for the tests. Only its aggregated values
 * travel to the server.
 *
 * @example
 * const result = readExport({ name: 'instagram.csv', text }, context);
 * if (result.status === 'recognised') result.file.summary; // "Instagram posts export: 214 posts, 1 Jan – 30 Jun 2026, account @name"
 */
import type { InputName } from '../catalog/inputs.ts';
import type { ExportGrain, ImportContext, ImportedFile, ImportedValue, SavedMapping } from '../shared/importApi.ts';
import type { ChannelId } from '../shared/wizardApi.ts';
import { aggregate, type LeftOutColumn, type ReadPlan, type ResolvedRule, type UnreadableRow } from './aggregate.ts';
import { dateOrderOf, hasNumericDayMonth, parseDate, type DateOrder } from './cellValues.ts';
import {
  checkText,
  cleanHeader,
  decodeBytes,
  MAX_BYTES,
  parseTables,
  tablesOfRows,
  type Decoded,
  type KeepColumns,
  type Table,
  type Tables,
} from './csvTable.ts';
import {
  channelOfSource,
  GA4_CHANNEL_GROUP,
  GA4_SOURCE,
  headerKey,
  recognise,
  type ColumnRule,
  type KindSpec,
} from './exportKinds.ts';
import { dateRange, IMPORT_TEXTS } from './importTexts.ts';
import { periodStart } from './periods.ts';

export type { LeftOutColumn, UnreadableRow };

export type ExportSource =
  { name: string; text: string } | { name: string; bytes: Uint8Array } | { name: string; rows: string[][] };

/** An export column the map does not track, with the KPIs that would use it. */
export interface UntrackedColumn {
  column: string;
  input: InputName;
  label: string;
  kpis: string[];
}

export interface Recognised {
  status: 'recognised';
  file: ImportedFile;
  /** The export's channel ('all' for GA4's social channel group, which does not say which platform). */
  channel: ChannelId;
  values: ImportedValue[];
  unreadable: UnreadableRow[];
  untracked: UntrackedColumn[];
  /** Columns that match a tracked input but were not imported, with the reason (reach over days...). */
  leftOut: LeftOutColumn[];
  /** Posts or days read (rows for GA4's overview). */
  count: number;
  /** The first and last day of the rows read, 'YYYY-MM-DD' in the spreadsheet's time zone. */
  first: string | null;
  last: string | null;
  /**
   * Periods a day-by-day export covers only in part (its first or last period): importing it replaces
   * that period's values with part of a period, so the panel can say so. Empty for posts exports.
   */
  partialPeriods: string[];
  /** The mapping the file was read with (the user's, or a saved one), or null when read by its headers. */
  mapping: SavedMapping | null;
}

/** One way to read an export that reads two ways: pass `mapping` back to readExport to read it so. */
export interface ReadingOption {
  label: string;
  mapping: SavedMapping;
}

export type Question =
  | { status: 'question'; question: 'reading'; name: string; message: string; options: ReadingOption[] }
  | {
      status: 'question';
      question: 'mapping';
      name: string;
      message: string;
      /** The export's headers, in order, for the mapping step. */
      headers: string[];
      headersKey: string;
      /** The first rows, for the user to see what each column holds. */
      sample: string[][];
      /** A start for the mapping step: a date column and the headers that match a KPI data label. */
      suggested: SavedMapping;
    };

export type RefusalReason = 'notCsv' | 'empty' | 'oneColumn' | 'tooLarge';

export interface Refused {
  status: 'refused';
  reason: RefusalReason;
  message: string;
}

export type ReadResult = Recognised | Question | Refused;

const SAMPLE_ROWS = 3;
/** Rows kept of a table the add-on does not know: enough to suggest its date column. */
const SCAN_ROWS = 50;

/**
 * What the reader is doing, for a progress bar: decoding the bytes, parsing the CSV's lines, adding up
 * the rows; `done` of `total` within that stage (lines, then rows).
 */
export type ReadStage = 'decoding' | 'parsing' | 'aggregating';
export type ReadProgress = (stage: ReadStage, done: number, total: number) => void;

function tablesOf(source: ExportSource, keep: KeepColumns, onProgress?: ReadProgress): Tables | Decoded {
  if ('rows' in source) return tablesOfRows(source.rows, keep);
  onProgress?.('decoding', 0, 1);
  const decoded = 'bytes' in source ? decodeBytes(source.bytes) : checkText(source.text);
  if (!decoded.ok) return decoded;
  return parseTables(decoded.text, keep, onProgress && ((done, total) => onProgress('parsing', done, total)));
}

/**
 * The columns the reader will use of a table, decided from its headers: those its spec or mapping
 * names (and GA4's channel columns); of a table it does not know, every column of the first rows.
 */
function keeper(context: ImportContext, mapping: SavedMapping | null | undefined): KeepColumns {
  return (headers, titles) => {
    const spec = recognise(headers, titles);
    const key = headers.join('\t');
    const chosen =
      (mapping && mapping.headersKey === key ? mapping : null) ?? context.mappings.find((m) => m.headersKey === key);
    if (!spec && !chosen) return { columns: null, maxRows: SCAN_ROWS };
    const names = new Set<string>(['date']);
    if (spec) {
      for (const name of [...spec.dateColumns, spec.idColumn, spec.accountColumn, spec.totalsColumn])
        if (name) names.add(name);
      for (const rule of spec.columns)
        for (const alternative of rule.from) for (const part of alternative) names.add(part.header);
    }
    if (chosen) {
      if (chosen.dateColumn) names.add(headerKey(chosen.dateColumn));
      for (const header of Object.keys(chosen.columns)) names.add(headerKey(header));
    }
    const columns = headers.map((h) => {
      const k = headerKey(h);
      return names.has(k) || GA4_CHANNEL_GROUP.test(k) || GA4_SOURCE.test(k);
    });
    return { columns, maxRows: Infinity };
  };
}

/** `onProgress`: told how far the reading got, every PROGRESS_ROWS lines or rows (the panel's progress bar). */
export function readExport(
  source: ExportSource,
  context: ImportContext,
  mapping?: SavedMapping | null,
  onProgress?: ReadProgress,
): ReadResult {
  const texts = IMPORT_TEXTS[context.language];
  const name = source.name;
  const refuse = (reason: RefusalReason, message: string): Refused => ({ status: 'refused', reason, message });
  const read = tablesOf(source, keeper(context, mapping), onProgress);
  if ('ok' in read) {
    if (read.ok) throw new Error('unreachable');
    return read.what === 'tooLarge'
      ? refuse('tooLarge', texts.refusal.tooLarge(name, (read.bytes / 1024 / 1024).toFixed(1)))
      : refuse('notCsv', texts.refusal.notCsv(name, read.what));
  }
  const tables = read.tables;
  if (tables.length === 0)
    return read.anyCell
      ? refuse('oneColumn', texts.refusal.oneColumn(name))
      : refuse('empty', texts.refusal.empty(name));
  const recognised = tables.map((table) => ({ table, spec: recognise(table.headers, table.titles) }));
  const main = recognised.find((r) => r.spec !== null) ?? recognised[0];
  const key = main.table.headers.join('\t');
  const chosen =
    (mapping && mapping.headersKey === key ? mapping : null) ??
    context.mappings.find((saved) => saved.headersKey === key) ??
    null;
  if (main.table.rows.length === 0) return refuse('empty', texts.refusal.empty(name));

  if (chosen === null && main.spec === null) return mappingQuestion(name, main.table, context);

  // Meta's posts export holds "Lifetime" in its Date column, or days: one row per post per day.
  if (chosen === null && main.spec && main.spec.idColumn) {
    const question = postsOrDays(name, main.table, main.spec, context);
    if (question) return question;
  }

  const parts =
    chosen === null && main.spec?.kind === 'metaFollows'
      ? recognised.filter((r) => r.spec?.kind === 'metaFollows')
      : [main];
  const results = [];
  const rows = parts.reduce((n, part) => n + part.table.rows.length, 0);
  let done = 0;
  for (const { table, spec } of parts) {
    const plan = chosen ? planFromMapping(table, spec, chosen, context) : planFromSpec(table, spec!, context);
    const order = dateOrderFor(table, plan.dateIndex, spec, chosen, 'rows' in source);
    if (order === null) return dateOrderQuestion(name, table, plan, spec, chosen, context);
    plan.dateOrder = order;
    const fixed = fixedPeriod(name, table, spec, plan, context);
    onProgress?.('aggregating', done, rows);
    const aggregated = aggregate(
      table,
      plan,
      context,
      onProgress && ((n) => onProgress('aggregating', done + n, rows)),
    );
    done += table.rows.length;
    if (fixed) aggregated.leftOut.push(...fixed);
    results.push({ table, spec, plan, aggregated });
  }

  const values = results.flatMap((r) => r.aggregated.values);
  const unreadable = results.flatMap((r) => r.aggregated.unreadable);
  const count = results.reduce((n, r) => n + r.aggregated.count, 0);
  const leftOut = dedupe(results.flatMap((r) => r.aggregated.leftOut));
  if (count === 0 && unreadable.length === 0 && leftOut.length === 0) return refuse('empty', texts.refusal.empty(name));
  const days = results.flatMap((r) => [r.aggregated.first, r.aggregated.last]).filter((d): d is string => d !== null);
  const first = days.length ? days.reduce((a, b) => (a < b ? a : b)) : null;
  const last = days.length ? days.reduce((a, b) => (a > b ? a : b)) : null;
  const head = results[0];
  const kind = chosen && !head.spec ? 'mapped' : head.spec!.kind;
  const grain = head.plan.grain;
  const channel = chosen ? chosen.channel : specChannel(head.table, head.spec!);
  const account = accountOf(head.table, head.spec);
  const summary = texts.summary(
    texts.kindName[kind],
    texts.rowCount(count, grain),
    first && last && head.plan.fixedDay === null
      ? dateRange(first, last, context.language)
      : fixedRange(head.table, context),
    account ? texts.account(account) : null,
  );
  return {
    status: 'recognised',
    file: { name, kind, grain, summary },
    channel,
    values,
    unreadable,
    untracked: untrackedOf(
      results.flatMap((r) => r.plan.rules),
      context,
    ),
    leftOut,
    count,
    first,
    last,
    partialPeriods: partialOf(
      grain,
      head.plan.fixedDay !== null ? commentRange(head.table) : first && last ? { start: first, end: last } : null,
      context,
    ),
    mapping: chosen,
  };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The first and last period of a day-by-day range, when the range starts after or ends before them. */
function partialOf(grain: ExportGrain, range: { start: string; end: string } | null, context: ImportContext): string[] {
  if (grain === 'posts' || range === null) return [];
  const { start: first, end: last } = range;
  const out = new Set<string>();
  const start = periodStart(first, context.cadence);
  if (start !== first) out.add(start);
  const end = periodStart(last, context.cadence);
  if (periodStart(nextDay(last), context.cadence) === end) out.add(end);
  return [...out];
}

function dedupe(columns: LeftOutColumn[]): LeftOutColumn[] {
  const seen = new Set<string>();
  return columns.filter((c) => {
    const k = `${c.input}|${c.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function indexOf(table: Table, header: string): number {
  const key = headerKey(header);
  return table.headers.findIndex((h) => headerKey(h) === key);
}

function holdsValues(table: Table, index: number): boolean {
  return table.rows.some((row) => (row.cells[index] ?? '').trim() !== '');
}

/** A spec's column rule on this table: the first alternative whose headers are there and hold numbers. */
function resolveRule(table: Table, rule: ColumnRule): ResolvedRule | null {
  const complete = rule.from
    .map((alternative) => alternative.map((part) => ({ index: indexOf(table, part.header), sign: part.sign })))
    .filter((parts) => parts.every((part) => part.index >= 0))
    .map((parts) => ({
      parts,
      sourceColumn: parts
        .map((part, i) => (i === 0 ? '' : part.sign === 1 ? ' + ' : ' − ') + table.headers[part.index])
        .join(''),
    }));
  if (complete.length === 0) return null;
  const first = complete.findIndex(({ parts }) => parts.some((part) => holdsValues(table, part.index)));
  const [preferred] = complete.splice(Math.max(first, 0), 1);
  return { input: rule.input, nature: rule.nature, ...preferred, fallbacks: complete };
}

function specChannel(table: Table, spec: KindSpec): ChannelId {
  if (spec.channel !== 'bySource')
    return spec.kind === 'metaFollows' && /instagram/i.test(table.titles.join(' ')) ? 'instagram' : spec.channel;
  return 'all';
}

function channelReader(
  table: Table,
  spec: KindSpec | null,
  fixed: ChannelId | null,
): (cells: string[]) => ChannelId | null {
  if (spec?.channel === 'bySource') {
    const source = table.headers.findIndex((h) => GA4_SOURCE.test(headerKey(h)));
    if (source >= 0) return (cells) => channelOfSource(cells[source] ?? '');
    const group = table.headers.findIndex((h) => GA4_CHANNEL_GROUP.test(headerKey(h)));
    return (cells) => (/social/i.test(cells[group] ?? '') ? 'all' : null);
  }
  const channel = fixed ?? (spec ? specChannel(table, spec) : 'all');
  return () => channel;
}

function planFromSpec(table: Table, spec: KindSpec, _context: ImportContext): ReadPlan {
  const dateIndex = spec.dateColumns.map((h) => indexOf(table, h)).find((i) => i >= 0) ?? -1;
  return {
    grain: spec.grain,
    channelOf: channelReader(table, spec, null),
    dateIndex,
    dateOrder: spec.dateOrder,
    timeZone: spec.timeZone,
    fixedDay: null,
    idIndex: spec.idColumn ? indexOf(table, spec.idColumn) : -1,
    totalsIndex: spec.totalsColumn ? indexOf(table, spec.totalsColumn) : -1,
    rules: spec.columns.map((rule) => resolveRule(table, rule)).filter((r): r is ResolvedRule => r !== null),
  };
}

/**
 * A user's mapping on this table. For an export the add-on knows, the mapping chooses the reading
 * (grain, date column, date order) and overrides only the inputs it maps to other columns; the known
 * columns keep their meaning (reach stays reach). Columns it maps by hand are combined as their
 * "KPI data" column says.
 */
function planFromMapping(table: Table, spec: KindSpec | null, mapping: SavedMapping, context: ImportContext): ReadPlan {
  const base = spec ? planFromSpec(table, spec, context) : null;
  const dateIndex = mapping.dateColumn === null ? -1 : indexOf(table, mapping.dateColumn);
  const specDate = base ? base.dateIndex : -1;
  const byInput = new Map<InputName, number[]>();
  for (const [header, input] of Object.entries(mapping.columns)) {
    const index = indexOf(table, header);
    if (index < 0) continue;
    byInput.set(input, [...(byInput.get(input) ?? []), index]);
  }
  const rules: ResolvedRule[] = [];
  const aggregationOf = (input: InputName) => context.columns.find((c) => c.input === input)?.aggregation ?? 'sum';
  for (const rule of base?.rules ?? []) {
    const mapped = byInput.get(rule.input);
    // A column the user maps on purpose counts as they say, even where its meaning differs (followers gained).
    const same = mapped?.some((index) => rule.parts.some((part) => part.index === index));
    if (mapped === undefined || (same && rule.nature !== 'gained')) rules.push(rule);
  }
  for (const [input, indexes] of byInput) {
    if (rules.some((rule) => rule.input === input)) continue;
    rules.push({
      input,
      nature: aggregationOf(input) === 'latest' ? 'level' : 'count',
      parts: indexes.map((index) => ({ index, sign: 1 as const })),
      sourceColumn: indexes.map((index) => table.headers[index]).join(' + '),
      fallbacks: [],
    });
  }
  return {
    grain: mapping.grain,
    channelOf: channelReader(table, spec, spec?.channel === 'bySource' ? null : mapping.channel),
    dateIndex,
    dateOrder: mapping.dateOrder ?? spec?.dateOrder ?? 'dmy',
    // A timestamp is in the platform's time zone only in the platform's own date column.
    timeZone: spec && dateIndex === specDate ? spec.timeZone : null,
    fixedDay: null,
    idIndex: base ? base.idIndex : -1,
    totalsIndex: base && base.totalsIndex >= 0 ? base.totalsIndex : 0,
    rules,
  };
}

/** The mapping that reads this known export as it is (for the options of a question). */
function mappingOfPlan(table: Table, plan: ReadPlan, channel: ChannelId): SavedMapping {
  const columns: Record<string, InputName> = {};
  for (const rule of plan.rules)
    if (rule.parts.length === 1 && rule.nature !== 'gained') columns[table.headers[rule.parts[0].index]] ??= rule.input;
  return {
    headersKey: table.headers.join('\t'),
    grain: plan.grain,
    channel,
    dateColumn: plan.dateIndex >= 0 ? table.headers[plan.dateIndex] : null,
    columns,
  };
}

/** Meta's posts export with days in its Date column: by day, or by post? The user says. */
function postsOrDays(name: string, table: Table, spec: KindSpec, context: ImportContext): Question | null {
  const dayIndex = indexOf(table, 'date');
  const plan = planFromSpec(table, spec, context);
  if (dayIndex < 0 || dayIndex === plan.dateIndex) return null;
  const holdsDays = table.rows.some((row) => parseDate(row.cells[dayIndex] ?? '', spec.dateOrder) !== null);
  if (!holdsDays) return null;
  const q = IMPORT_TEXTS[context.language].question;
  const channel = specChannel(table, spec);
  const byPost = mappingOfPlan(table, plan, channel);
  const byDay: SavedMapping = { ...byPost, grain: 'days', dateColumn: table.headers[dayIndex] };
  return {
    status: 'question',
    question: 'reading',
    name,
    message: q.postsOrDays(name, table.headers[dayIndex]),
    options: [
      { label: q.byDay, mapping: byDay },
      { label: q.byPost, mapping: byPost },
    ],
  };
}

/**
 * The order of a date column's day and month: what the dates show (a part above 12), else the user's
 * mapping, else the platform's own order for its own file; a tab's display values follow the
 * spreadsheet's locale, and a mapped file's are unknown, so those are asked (null).
 */
function dateOrderFor(
  table: Table,
  dateIndex: number,
  spec: KindSpec | null,
  mapping: SavedMapping | null,
  fromTab: boolean,
): DateOrder | null {
  if (dateIndex < 0) return 'mdy';
  const cells = table.rows.map((row) => row.cells[dateIndex] ?? '');
  const seen = dateOrderOf(cells);
  if (seen) return seen;
  if (mapping?.dateOrder) return mapping.dateOrder;
  if (!hasNumericDayMonth(cells)) return 'mdy';
  return spec && !fromTab ? spec.dateOrder : null;
}

function dateOrderQuestion(
  name: string,
  table: Table,
  plan: ReadPlan,
  spec: KindSpec | null,
  mapping: SavedMapping | null,
  context: ImportContext,
): Question {
  const q = IMPORT_TEXTS[context.language].question;
  const base = mapping ?? mappingOfPlan(table, plan, spec ? specChannel(table, spec) : 'all');
  return {
    status: 'question',
    question: 'reading',
    name,
    message: q.dateOrder(name, table.headers[plan.dateIndex]),
    options: [
      { label: q.dayFirst, mapping: { ...base, dateOrder: 'dmy' } },
      { label: q.monthFirst, mapping: { ...base, dateOrder: 'mdy' } },
    ],
  };
}

/** GA4's "# Start date: 20260101" and "# End date: 20260131" comment lines. */
function commentRange(table: Table): { start: string; end: string } | null {
  const find = (label: RegExp) => {
    for (const title of table.titles) {
      const m = label.exec(title);
      if (m) return `${m[1]}-${m[2]}-${m[3]}`;
    }
    return null;
  };
  const start = find(/start date:\s*(\d{4})-?(\d{2})-?(\d{2})/i);
  const end = find(/end date:\s*(\d{4})-?(\d{2})-?(\d{2})/i);
  return start && end ? { start, end } : null;
}

function fixedRange(table: Table, context: ImportContext): string | null {
  const range = commentRange(table);
  return range ? dateRange(range.start, range.end, context.language) : null;
}

/**
 * An export without a date column (GA4 by channel group) counts for the period its date range covers;
 * when that range spans more than one period, nothing is imported and the reason is given.
 */
function fixedPeriod(
  name: string,
  table: Table,
  spec: KindSpec | null,
  plan: ReadPlan,
  context: ImportContext,
): LeftOutColumn[] | null {
  if (plan.dateIndex >= 0) return null;
  const range = commentRange(table);
  if (range && periodStart(range.start, context.cadence) === periodStart(range.end, context.cadence)) {
    plan.fixedDay = range.start;
    return null;
  }
  const tracked = new Map(context.columns.map((c) => [c.input, c.label]));
  const rangeText = range ? dateRange(range.start, range.end, context.language) : '?';
  const reason = IMPORT_TEXTS[context.language].leftOut.manyPeriods(name, rangeText);
  void spec;
  return plan.rules
    .filter((rule) => tracked.has(rule.input))
    .map((rule) => ({ column: rule.sourceColumn, input: rule.input, label: tracked.get(rule.input)!, reason }));
}

function accountOf(table: Table, spec: KindSpec | null): string | null {
  if (!spec?.accountColumn) return null;
  const index = indexOf(table, spec.accountColumn);
  if (index < 0) return null;
  const row = table.rows.find((r) => (r.cells[index] ?? '').trim() !== '');
  if (!row) return null;
  const value = row.cells[index].trim();
  return spec.accountAt && !value.startsWith('@') ? `@${value}` : value;
}

function untrackedOf(rules: ResolvedRule[], context: ImportContext): UntrackedColumn[] {
  const tracked = new Set(context.columns.map((c) => c.input));
  const out: UntrackedColumn[] = [];
  for (const rule of rules) {
    if (tracked.has(rule.input) || out.some((u) => u.input === rule.input)) continue;
    const entry = context.untracked.find((u) => u.input === rule.input);
    if (entry) out.push({ column: rule.sourceColumn, input: rule.input, label: entry.label, kpis: entry.kpis });
  }
  return out;
}

/** The mapping step's question, with a start: a date column, and headers that match a KPI data label. */
function mappingQuestion(name: string, table: Table, context: ImportContext): Question {
  const labels = new Map<string, InputName>();
  for (const column of [...context.untracked, ...context.columns]) labels.set(headerKey(column.label), column.input);
  const columns: Record<string, InputName> = {};
  for (const header of table.headers) {
    const input = labels.get(headerKey(header));
    if (input) columns[header] = input;
  }
  const sample = table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells);
  const dateColumn =
    table.headers.find((_, i) => {
      const cell = table.rows.find((row) => (row.cells[i] ?? '').trim() !== '')?.cells[i];
      return cell !== undefined && parseDate(cell, 'dmy') !== null;
    }) ?? null;
  const lower = name.toLowerCase();
  const channel =
    context.channels.find((c) => lower.includes(c === 'x' ? 'twitter' : c)) ?? context.channels[0] ?? 'all';
  return {
    status: 'question',
    question: 'mapping',
    name,
    message: IMPORT_TEXTS[context.language].question.mapColumns(name),
    headers: table.headers.map(cleanHeader),
    headersKey: table.headers.join('\t'),
    sample,
    suggested: { headersKey: table.headers.join('\t'), grain: 'days', channel, dateColumn, columns },
  };
}

export { MAX_BYTES };
