/**
 * The one builder of formulas that read the data sheets, for the KPI map (mapFormulas.ts) and the
 * report (src/report/periodFormulas.ts) alike: the column references, the channel criteria, how a
 * period's rows combine per input (summed, averaged, or the latest value), a KPI's value in a period,
 * and which periods a value is compared with. Native functions only (SUMIFS, COUNTIFS, MAXIFS, EDATE):
 * no FILTER and no custom function, so Google Sheets, HyperFormula and LibreOffice give the same values,
 * and the sheets work for anyone they are shared with. Pure.
 *
 * Decisions:
 * - A KPI row's channel matches its own rows; "All channels" (or a blank channel) matches every row.
 * - 'latest' inputs (followers: a count at a point in time) are never added up within one channel: a
 *   channel's value in a period is the largest its rows hold there (a row typed twice counts once; a
 *   following only grows between two rows of one period), and "All channels" adds up each channel's
 *   value. Rows whose channel is none of the listed ones (a totals row, a channel typed in another
 *   language) are added as they are. With one row per channel and period this is the plain sum.
 *   Why not the last row: "the last row" needs LOOKUP or ROW() over a range, which HyperFormula lacks.
 * - The previous period is the one a cadence step (the row's Cadence: a week, one, two or three
 *   months) before the latest; the same period a year earlier starts twelve months before it. Either
 *   counts when the data has a period starting within 3 days of that date (a weekly period a year
 *   earlier starts 364 days before), and is blank when the data has none: a missing period is not
 *   replaced by an older one.
 */
import type { InputKind, KpiDefinition, Language } from '../catalog/types.ts';
import { nativeCheck, nativeFormula } from '../catalog/nativeFormula.ts';
import {
  CHANNEL_KEY,
  PERIOD_KEY,
  columnsOfKpi,
  isAnswerKpi,
  type DataColumnSpec,
  type DataSheetKey,
} from './dataColumns.ts';
import { CHANNELS } from './taxonomy.ts';
import { CADENCE_TEXTS, channelText } from './taxonomyTexts.ts';

/** A text as a formula string literal. */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A tab name as it appears in a reference: always quoted, so spaces and non-ASCII names work. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Where a data sheet is and which column letter holds each key. */
export interface DataSheetRefs {
  name: string;
  /** Column key → column letter. */
  columns: ReadonlyMap<string, string>;
}

/** A whole data-sheet column, e.g. 'KPI data'!$C:$C. */
export function dataColumn(sheet: DataSheetRefs, key: string): string {
  const letter = sheet.columns.get(key);
  if (letter === undefined) throw new Error(`The data sheet "${sheet.name}" has no column for ${key}.`);
  return `${sheetRef(sheet.name)}!$${letter}:$${letter}`;
}

/** The cell holding a KPI row's channel (e.g. '$E5'), in the sheet's language. */
export interface ChannelCell {
  cell: string;
  language: Language;
}

/** True when the row counts every channel: "All channels", or nothing chosen. */
function countsAllChannels({ cell, language }: ChannelCell): string {
  return `OR(${cell}="",${cell}=${quoteText(channelText('all', language).name)})`;
}

/**
 * Matches the row's channel: its own name, or every row of the period when the row says
 * "All channels" (or nothing). '<>' followed by a text no one types matches every cell, blank ones too.
 */
export function channelCriterion(channel: ChannelCell): string {
  return `IF(${countsAllChannels(channel)},"<>§§",${channel.cell})`;
}

/** The criteria that refused input shows in: below 0 for counts and amounts, outside 0…1 for shares. */
const REFUSED: Partial<Record<InputKind, readonly string[]>> = {
  count: ['"<0"'],
  money: ['"<0"'],
  fraction: ['"<0"', '">1"'],
};

/** One input over the rows of a period that `where` selects, combined as the input says. */
function aggregate(
  spec: DataColumnSpec,
  values: string,
  sheet: DataSheetRefs,
  period: string,
  where: string,
  channel: ChannelCell,
): string {
  const sum = `SUMIFS(${values}${where})`;
  if (spec.aggregation === 'average') return `${sum}/COUNTIFS(${values},"<>"${where})`;
  if (spec.aggregation === 'sum') return sum;
  const [periods, channels] = [dataColumn(sheet, PERIOD_KEY), dataColumn(sheet, CHANNEL_KEY)];
  const names = CHANNELS.filter((id) => id !== 'all').map((id) => channelText(id, channel.language).name);
  const perChannel = names.map((name) => `MAXIFS(${values},${periods},${period},${channels},${quoteText(name)})`);
  const others = `SUMIFS(${values},${periods},${period}${names.map((name) => `,${channels},${quoteText(`<>${name}`)}`).join('')})`;
  return `IF(${countsAllChannels(channel)},${[...perChannel, others].join('+')},MAXIFS(${values},${periods},${period},${channels},${channel.cell}))`;
}

/** A KPI's value over the data rows of one period and channel, and when its inputs there are refused. */
export interface PeriodValue {
  /** The KPI's native formula over those rows (no leading '='). */
  value: string;
  /**
   * A count that is above 0 when those rows hold what the custom function refuses (a negative count,
   * a share above 1, an NPS answer outside 0–10), or null when nothing there can be checked by criteria.
   */
  refused: string | null;
}

/**
 * The KPI's value over the rows of `period` (a formula giving the period's date) on the row's channel,
 * with SUMIFS, COUNTIFS and MAXIFS only. Data-sheet inputs are combined per period as each input says;
 * answer KPIs count their answers with the same criteria. Null when the KPI has no native formula or the
 * sheet lacks its columns.
 */
export function periodValue(
  kpi: KpiDefinition,
  sheet: DataSheetRefs,
  period: string,
  channel: ChannelCell,
): PeriodValue | null {
  const columns = columnsOfKpi(kpi);
  if (kpi.nativeFormula === null || columns.length === 0) return null;
  if (columns.some((spec) => !sheet.columns.has(spec.key))) return null;
  const where = `,${dataColumn(sheet, PERIOD_KEY)},${period},${dataColumn(sheet, CHANNEL_KEY)},${channelCriterion(channel)}`;
  const refs: Record<string, string> = {};
  const refused: string[] = [];
  for (const spec of columns) {
    const values = dataColumn(sheet, spec.key);
    refs[spec.input] = isAnswerKpi(kpi) ? values : aggregate(spec, values, sheet, period, where, channel);
    for (const criterion of REFUSED[spec.kind] ?? []) refused.push(`COUNTIFS(${values},${criterion}${where})`);
  }
  if (isAnswerKpi(kpi)) refs.where = where;
  const check = nativeCheck(kpi, refs, true);
  if (check !== null) refused.push(check);
  return { value: nativeFormula(kpi, refs) as string, refused: refused.length > 0 ? refused.join('+') : null };
}

/** How to read one KPI's periods on its channel, or null when the data sheets lack its columns. */
export interface KpiPeriodReader {
  /** How many dated rows have data for this KPI on its channel (0: none yet). */
  rowsWithData: string;
  /** The latest period with data for this KPI on its channel (0 when none). */
  latest: string;
  /** The period with data starting within 3 days of `date` (0 when none). */
  near: (date: string) => string;
  /** Whether `period` has data for this KPI on its channel: a number, 0 meaning none. */
  rowsIn: (period: string) => string;
  /** The KPI's value in `period`, and when its inputs there are refused. */
  valueIn: (period: string) => PeriodValue;
  /** The KPI's value in `period` as one formula: #N/A where the sheet function would refuse the inputs. */
  valueOrNa: (period: string) => string;
  /** The latest period before `date` with data for this KPI on its channel (0 when none). */
  before: (date: string) => string;
}

export function kpiPeriodReader(
  kpi: KpiDefinition,
  channel: ChannelCell,
  sheets: Readonly<Record<DataSheetKey, DataSheetRefs | null>>,
): KpiPeriodReader | null {
  const columns = columnsOfKpi(kpi);
  const sheet = sheets[isAnswerKpi(kpi) ? 'kpiAnswers' : 'kpiData'];
  if (!sheet || periodValue(kpi, sheet, '0', channel) === null) return null;
  const crit = channelCriterion(channel);
  const period = dataColumn(sheet, PERIOD_KEY);
  const first = dataColumn(sheet, columns[0].key);
  // Only rows with a period count: the data sheet's key and label rows hold text in every column.
  const ofKpi = `${first},"<>",${dataColumn(sheet, CHANNEL_KEY)},${crit}`;
  return {
    rowsWithData: `COUNTIFS(${ofKpi},${period},">0")`,
    latest: `MAXIFS(${period},${ofKpi},${period},">0")`,
    near: (date) => `MAXIFS(${period},${ofKpi},${period},">="&(${date}-3),${period},"<="&(${date}+3))`,
    rowsIn: (p) => `COUNTIFS(${ofKpi},${period},${p})`,
    valueIn: (p) => periodValue(kpi, sheet, p, channel) as PeriodValue,
    valueOrNa: (p) => {
      const { value, refused } = periodValue(kpi, sheet, p, channel) as PeriodValue;
      return refused === null ? value : `IF(${refused}>0,NA(),${value})`;
    },
    before: (date) => `MAXIFS(${period},${ofKpi},${period},">0",${period},"<"&${date})`,
  };
}

/**
 * The start of the period a cadence step before `period`: a week before for weekly rows, else one,
 * two or three months (monthly when the Cadence cell holds something else).
 */
export function previousPeriodStart(period: string, cadenceCell: string, language: Language): string {
  const name = (id: 'weekly' | 'bimonthly' | 'quarterly') => quoteText(CADENCE_TEXTS[language][id].name);
  const months = `IF(${cadenceCell}=${name('bimonthly')},2,IF(${cadenceCell}=${name('quarterly')},3,1))`;
  return `IF(${cadenceCell}=${name('weekly')},${period}-7,EDATE(${period},-${months}))`;
}

/** The start of the same period a year earlier. */
export function yearEarlierStart(period: string): string {
  return `EDATE(${period},-12)`;
}

/** The change from `before` to `now` as a fraction of `before`; blank when either is blank or `before` is 0. */
export function changeFormula(now: string, before: string): string {
  return `=IF(OR(${now}="",${before}=""),"",IF(${before}=0,"",(${now}-${before})/ABS(${before})))`;
}
