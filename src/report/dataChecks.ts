/**
 * Data checks on the report (issue 13 §6): lines a manager can read, each naming the tab and row to look at.
 * - periods missing from the cadence (the map's most common cadence; a period counts as there when the
 *   data tab has a row dated anywhere in it);
 * - KPIs whose inputs are blank in the latest period (or, on one channel, that have no row in it);
 * - "All channels" KPIs whose latest period lacks a channel that has numbers for them in earlier periods,
 *   so the current value adds up fewer channels than the row suggests.
 *
 * Found when the report is built, from the snapshot: only a read of the data can name the rows, and listing
 * just the lines that apply natively would need FILTER or array formulas, which an .xlsx copy lacks. Each
 * line is still a native formula: it tests the very cells (or the period's rows) it points at, and turns
 * blank as soon as they are filled in, so a fixed problem never stays on the report. A problem that arises
 * later is found by the next "Build report". Pure.
 */
import type { KpiDefinition, Language } from '../catalog/types.ts';
import { cellA1 } from '../plan/a1.ts';
import { fromSerialDate } from '../plan/serialDate.ts';
import type { SheetSnapshot } from '../plan/snapshot.ts';
import type { Cadence, ChannelId } from '../shared/wizardApi.ts';
import { CHANNEL_KEY, PERIOD_KEY, columnLabel, columnsOfKpi, isAnswerKpi } from '../wizard/dataColumns.ts';
import { quoteText, sheetRef } from '../wizard/mapFormulas.ts';
import { cellOf, readDataLayout, type MapLayout } from '../wizard/mapLayout.ts';
import { addMonths, type DayDate } from '../wizard/parseTyped.ts';
import { channelText } from '../wizard/taxonomyTexts.ts';
import { cadenceOfCell, channelOfCell } from '../wizard/currentChoices.ts';
import { textFormula } from './periodFormulas.ts';
import { REPORT_CHECK_TEXTS } from './reportCheckTexts.ts';

/** At most this many lines; the rest is counted in one more line. */
export const MAX_CHECK_LINES = 12;

export interface CheckedKpi {
  kpi: KpiDefinition;
  channel: ChannelId;
  cadence: Cadence;
}

export interface DataCheckInput {
  language: Language;
  kpis: readonly CheckedKpi[];
  kpiData: SheetSnapshot | undefined;
  kpiAnswers: SheetSnapshot | undefined;
}

/** The report's KPIs with the channel and cadence their map rows say ('all' and monthly when unreadable). */
export function checkedKpisOf(map: MapLayout, kpis: readonly { key: string; kpi: KpiDefinition }[]): CheckedKpi[] {
  const cell = (row: number, id: 'channel' | 'cadence') => {
    const column = map.columns.get(id);
    return column === undefined ? null : cellOf(map.sheet, row, column);
  };
  return kpis.map(({ key, kpi }) => {
    const row = map.rows.find((r) => r.key === key);
    return {
      kpi,
      channel: (row && channelOfCell(cell(row.row, 'channel'))) ?? 'all',
      cadence: (row && cadenceOfCell(cell(row.row, 'cadence'))) ?? 'monthly',
    };
  });
}

/** One finding: what it says, and the native condition under which it is fixed. */
export interface DataCheck {
  kind: 'missingPeriod' | 'blankInputs' | 'noRow' | 'fewerChannels';
  text: string;
  fixedWhen: string;
}

interface DataRow {
  row: number;
  period: number;
  channel: string;
  cells: Map<string, unknown>;
}

interface ReadSheet {
  name: string;
  ref: (key: string) => string;
  column: (key: string) => number | undefined;
  rows: DataRow[];
}

function readSheet(sheet: SheetSnapshot | undefined): ReadSheet | null {
  if (!sheet) return null;
  const layout = readDataLayout(sheet);
  const periodColumn = layout.columns.get(PERIOD_KEY);
  const channelColumn = layout.columns.get(CHANNEL_KEY);
  if (layout.found === 'lost' || periodColumn === undefined || channelColumn === undefined) return null;
  const rows: DataRow[] = [];
  for (let r = layout.labelRow; r < sheet.values.length; r++) {
    const values = sheet.values[r] ?? [];
    const period = values[periodColumn - 1];
    if (typeof period !== 'number' || !Number.isFinite(period)) continue;
    const cells = new Map<string, unknown>();
    for (const [key, column] of layout.columns) cells.set(key, values[column - 1]);
    rows.push({ row: r + 1, period, channel: String(values[channelColumn - 1] ?? '').trim(), cells });
  }
  const letter = (key: string) => {
    const column = layout.columns.get(key);
    return column === undefined ? '' : cellA1(1, column).replace(/\d+$/, '');
  };
  return {
    name: sheet.name,
    ref: (key) => `${sheetRef(sheet.name)}!$${letter(key)}:$${letter(key)}`,
    column: (key) => layout.columns.get(key),
    rows,
  };
}

const blank = (value: unknown) => value === null || value === undefined || value === '';
const iso = (serial: number) => fromSerialDate(serial);
const dateFormula = (serial: number) => {
  const [y, m, d] = iso(serial).split('-').map(Number);
  return `DATE(${y},${m},${d})`;
};

/** The expected periods of a cadence from the first period to the last, as [start, next start) serials. */
function cadenceBuckets(first: number, last: number, cadence: Cadence): [number, number][] {
  const months: Record<Exclude<Cadence, 'weekly'>, number> = { monthly: 1, bimonthly: 2, quarterly: 3 };
  const starts: number[] = [];
  if (cadence === 'weekly') {
    for (let day = first; day <= last + 7; day += 7) starts.push(day);
  } else {
    const [year, month, day] = iso(first).split('-').map(Number);
    const origin: DayDate = { year, month, day };
    for (let k = 0; k < 1200; k++) {
      const d = addMonths(origin, k * months[cadence]);
      const serial = first + (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(year, month - 1, day)) / 86_400_000;
      starts.push(serial);
      if (serial > last) break;
    }
  }
  return starts.slice(0, -1).map((start, i) => [start, starts[i + 1]]);
}

/** The cadence most KPIs use (the finer one on a tie). */
function mainCadence(kpis: readonly CheckedKpi[]): Cadence | null {
  const order: Cadence[] = ['weekly', 'monthly', 'bimonthly', 'quarterly'];
  const counts = new Map<Cadence, number>();
  for (const { cadence } of kpis) counts.set(cadence, (counts.get(cadence) ?? 0) + 1);
  let best: Cadence | null = null;
  for (const cadence of order) if ((counts.get(cadence) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = cadence;
  return best;
}

function missingPeriods(sheet: ReadSheet, cadence: Cadence | null, language: Language): DataCheck[] {
  const t = REPORT_CHECK_TEXTS[language];
  if (!cadence || sheet.rows.length === 0) return [];
  const periods = sheet.rows.map((row) => row.period);
  const [first, last] = [Math.min(...periods), Math.max(...periods)];
  const period = sheet.ref(PERIOD_KEY);
  const checks: DataCheck[] = [];
  for (const [start, next] of cadenceBuckets(first, last, cadence)) {
    if (periods.some((p) => p >= start && p < next)) continue;
    const before = sheet.rows.filter((row) => row.period < start).map((row) => row.row);
    const after = sheet.rows.filter((row) => row.period >= next).map((row) => row.row);
    const [lastBefore, firstAfter] = [Math.max(...before), Math.min(...after)];
    const where = firstAfter > lastBefore ? t.between(lastBefore, firstAfter) : t.after(lastBefore);
    checks.push({
      kind: 'missingPeriod',
      text: t.missingPeriod(iso(start), sheet.name, where),
      fixedWhen: `COUNTIFS(${period},">="&${dateFormula(start)},${period},"<"&${dateFormula(next)})>0`,
    });
  }
  return checks;
}

function kpiName(entry: CheckedKpi, language: Language): string {
  const name = entry.kpi.text[language].name;
  return entry.channel === 'all'
    ? `${name} (${channelText('all', language).name})`
    : `${name} · ${channelText(entry.channel, language).name}`;
}

function latestPeriodChecks(entry: CheckedKpi, sheet: ReadSheet, language: Language): DataCheck[] {
  const t = REPORT_CHECK_TEXTS[language];
  if (sheet.rows.length === 0) return [];
  const latest = Math.max(...sheet.rows.map((row) => row.period));
  const inLatest = sheet.rows.filter((row) => row.period === latest);
  const [period, channel] = [sheet.ref(PERIOD_KEY), sheet.ref(CHANNEL_KEY)];
  const name = kpiName(entry, language);
  const onChannel = (row: DataRow, id: ChannelId) => channelOfCell(row.channel) === id;
  const checks: DataCheck[] = [];
  const specs = columnsOfKpi(entry.kpi).filter((spec) => sheet.column(spec.key) !== undefined);
  if (specs.length === 0) return [];
  const rows = entry.channel === 'all' ? inLatest : inLatest.filter((row) => onChannel(row, entry.channel));
  if (rows.length === 0 && entry.channel !== 'all') {
    const label = channelText(entry.channel, language).name;
    checks.push({
      kind: 'noRow',
      text: t.noRow(name, iso(latest), sheet.name),
      fixedWhen: `COUNTIFS(${period},${dateFormula(latest)},${channel},${quoteText(label)})>0`,
    });
  }
  if (isAnswerKpi(entry.kpi)) return checks;
  // Blank inputs on the latest period's rows of the KPI's channel(s).
  const blankCells: string[] = [];
  const blankInputs = new Set<string>();
  const blankRows = new Set<number>();
  for (const row of rows) {
    for (const spec of specs) {
      if (!blank(row.cells.get(spec.key))) continue;
      blankInputs.add(columnLabel(spec, language));
      blankRows.add(row.row);
      blankCells.push(`${sheetRef(sheet.name)}!${cellA1(row.row, sheet.column(spec.key) as number)}`);
    }
  }
  if (blankCells.length > 0) {
    checks.push({
      kind: 'blankInputs',
      text: t.blankInputs(name, [...blankInputs].join(', '), iso(latest), sheet.name, t.rows([...blankRows])),
      fixedWhen: `AND(${blankCells.map((cell) => `${cell}<>""`).join(',')})`,
    });
  }
  // "All channels": the channels with numbers for this KPI before, that have no row in the latest period.
  if (entry.channel === 'all') {
    const first = specs[0].key;
    const seen = new Set(sheet.rows.filter((row) => !blank(row.cells.get(first))).map((row) => row.channel));
    seen.delete('');
    const present = new Set(inLatest.map((row) => row.channel));
    const missing = [...seen].filter((c) => !present.has(c)).sort();
    if (missing.length > 0) {
      checks.push({
        kind: 'fewerChannels',
        text: t.fewerChannels(name, seen.size - missing.length, seen.size, missing.join(', '), iso(latest), sheet.name),
        fixedWhen: `AND(${missing.map((c) => `COUNTIFS(${period},${dateFormula(latest)},${channel},${textFormula(c).slice(1)})>0`).join(',')})`,
      });
    }
  }
  return checks;
}

/** The data tab's name when it has no dated rows yet (nothing to check), else null. */
export function emptyDataTab(sheet: SheetSnapshot | undefined): string | null {
  const read = readSheet(sheet);
  return sheet && (!read || read.rows.length === 0) ? sheet.name : null;
}

/** Every finding, in the order a manager fixes them: missing periods, then per KPI. */
export function findDataChecks(input: DataCheckInput): DataCheck[] {
  const data = readSheet(input.kpiData);
  const answers = readSheet(input.kpiAnswers);
  const onData = input.kpis.filter((entry) => !isAnswerKpi(entry.kpi));
  const checks: DataCheck[] = data ? missingPeriods(data, mainCadence(onData), input.language) : [];
  for (const entry of input.kpis) {
    const sheet = isAnswerKpi(entry.kpi) ? answers : data;
    if (sheet) checks.push(...latestPeriodChecks(entry, sheet, input.language));
  }
  return checks;
}

/**
 * The section's formulas, one per line: the title, when the checks ran, then each finding (blank once
 * fixed), or the all-clear line (or, when `emptyTab` names a data tab with no rows yet, that there is
 * nothing to check). `builtOn` is the build day, 'YYYY-MM-DD'.
 */
export function dataCheckLines(
  checks: readonly DataCheck[],
  language: Language,
  builtOn: string,
  emptyTab: string | null = null,
): string[] {
  const t = REPORT_CHECK_TEXTS[language];
  const lines = [textFormula(t.dataChecks), textFormula(t.dataChecksIntro(builtOn))];
  if (checks.length === 0) return [...lines, textFormula(emptyTab ? t.nothingYet(emptyTab) : t.allClear)];
  const shown = checks.length > MAX_CHECK_LINES ? checks.slice(0, MAX_CHECK_LINES - 1) : checks;
  for (const check of shown) lines.push(`=IF(${check.fixedWhen},"",${textFormula(check.text).slice(1)})`);
  if (shown.length < checks.length) lines.push(textFormula(t.more(checks.length - shown.length)));
  return lines;
}
