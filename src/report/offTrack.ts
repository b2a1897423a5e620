/**
 * "Off track since the last review" (issue 13 §5): the report's header lists the KPIs whose status went
 * from Achieved or On track at the last review to Behind or Off track now. Pure: it returns the cells
 * to write; reportPlan.ts places them.
 *
 * Everything is a native formula, so the list stays true as data is entered and as the review dates pass:
 * - the review dates are the map's schedule: its start date, then every review interval (the wizard's
 *   settings), written as DATE() cells under the report in its hidden columns; the last review is the latest of them on or
 *   before TODAY() (the start itself before the first review);
 * - a KPI's status then is KPI_STATUS's native formula (the one the map's Status column uses) applied to
 *   its value in the latest period before the review date, as of the review date;
 * - its status now is the map's Status cell;
 * - the list is built up KPI by KPI in those hidden cells, two rows a KPI (IF and &, no FILTER or TEXTJOIN, so it works in
 *   Excel and LibreOffice too) and the header shows the last one.
 */
import { findKpi } from '../catalog/kpis.ts';
import { nativeFormula } from '../catalog/nativeFormula.ts';
import type { KpiDefinition, Language } from '../catalog/types.ts';
import { STATUSES } from '../functions/tracking.ts';
import { columnLetters } from '../plan/a1.ts';
import type { ConditionalFormatSpec } from '../plan/types.ts';
import { quoteText } from '../wizard/mapFormulas.ts';
import { addMonths, parseIsoDate } from '../wizard/parseTyped.ts';
import { statusLabels } from '../wizard/sheetTexts.ts';
import { STATUS_COLORS } from '../wizard/sheetStyle.ts';
import { channelText } from '../wizard/taxonomyTexts.ts';
import type { MapSettings } from '../wizard/mapLayout.ts';
import type { KpiPeriodReader } from './periodFormulas.ts';
import { textFormula } from './periodFormulas.ts';
import { REPORT_CHECK_TEXTS } from './reportCheckTexts.ts';

/** How many review dates the hidden schedule holds: 40 reviews are 10 years at the shortest interval. */
export const REVIEW_DATES = 40;
/**
 * The helper cells sit under everything else in two of the report's hidden columns, two rows a KPI: no
 * column of their own (the trend tables already take the columns a new tab has, and a wider tab costs a
 * call to grow it), and no hidden rows (Sheets keeps a row hidden until shown, so a longer report rebuilt
 * later would find some of its lines hidden).
 */

/** A KPI row of the report, as this module needs it. */
export interface OffTrackKpi {
  /** 1-based row on the report. */
  row: number;
  kpi: KpiDefinition;
  /** The cell holding the KPI's row number on the map, e.g. '$M7' (blank when the row is gone). */
  mapRow: string;
  reader: KpiPeriodReader | null;
}

export interface OffTrackInput {
  language: Language;
  settings: MapSettings | null;
  /** A map column as a whole-column reference, e.g. `'KPI map'!$M:$M`. */
  mapColumn: (id: 'kpi' | 'channel' | 'baseline' | 'target' | 'deadline' | 'start' | 'status') => string;
  kpis: readonly OffTrackKpi[];
  /** The header row the line goes on (label in A, last review in B, the list in C). */
  headerRow: number;
  /** The first row under the report this module may fill, in `columns` only. */
  firstRow: number;
  /** Two hidden columns (1-based) it may fill from `firstRow` down. */
  columns: [number, number];
}

export interface OffTrackCells {
  /** Formulas for the visible header cells and the hidden helper cells: [row, column, formula]. */
  cells: [number, number, string][];
  /** The cell holding the last review date (for a date format). */
  reviewCell: string;
  /** The cell holding the list. */
  listCell: string;
  /** The list coloured like "Off track" when it names a KPI. */
  conditionalFormats: ConditionalFormatSpec[];
}

/** The review schedule: the start date, then every interval, as DATE() formulas. */
function reviewDates(settings: MapSettings | null): string[] {
  const start = settings ? parseIsoDate(settings.startDate) : null;
  if (!settings || start?.kind !== 'ok') return [];
  return Array.from({ length: REVIEW_DATES }, (_, k) => {
    const d = addMonths(start.value, k * settings.reviewIntervalMonths);
    return `=DATE(${d.year},${d.month},${d.day})`;
  });
}

/** KPI_STATUS's native formula as of a given day, with the labels in the report's language. */
function statusAsOf(refs: Record<string, string>, language: Language): string {
  let formula = nativeFormula(findKpi('kpi_status') as KpiDefinition, refs) as string;
  const labels = statusLabels(language);
  for (const status of STATUSES) formula = formula.split(quoteText(status)).join(quoteText(labels[status]));
  return formula;
}

export function offTrackCells(input: OffTrackInput): OffTrackCells {
  const { language, headerRow, firstRow } = input;
  const t = REPORT_CHECK_TEXTS[language];
  const labels = statusLabels(language);
  const [left, right] = input.columns;
  const [A, B] = input.columns.map(columnLetters);
  const dateRow = firstRow + 2 * input.kpis.length;
  const cells: OffTrackCells['cells'] = [];
  const reviewCell = `$B$${headerRow}`;
  const listCell = `C${headerRow}`;
  cells.push([headerRow, 1, textFormula(t.offTrackSince)]);
  const dates = reviewDates(input.settings);
  if (dates.length === 0) {
    cells.push([headerRow, 2, textFormula(t.noReviewDates)]);
    return { cells, reviewCell, listCell, conditionalFormats: [] };
  }
  dates.forEach((formula, i) => cells.push([dateRow + i, left, formula]));
  const schedule = `$${A}$${dateRow}:$${A}$${dateRow + dates.length - 1}`;
  cells.push([
    headerRow,
    2,
    `=IF(MIN(${schedule})>TODAY(),MIN(${schedule}),MAXIFS(${schedule},${schedule},"<="&TODAY()))`,
  ]);

  const at = (id: Parameters<OffTrackInput['mapColumn']>[0], mapRow: string) =>
    `INDEX(${input.mapColumn(id)},${mapRow})`;
  const all = quoteText(channelText('all', language).name);
  let previousList = '';
  input.kpis.forEach((entry, i) => {
    // Row r: the period before the review and the value in it; row r + 1: the status then, and the list so far.
    const r = firstRow + 2 * i;
    const { mapRow, reader } = entry;
    const list = `$${B}${r + 1}`;
    if (reader) {
      // The latest period before the review with data for the KPI on its channel, and the KPI's value in it.
      cells.push([r, left, `=IF(${mapRow}="","",IFERROR(${reader.before(reviewCell)},0))`]);
      const period = `$${A}${r}`;
      cells.push([r, right, `=IF(OR(${period}="",${period}=0),"",IFERROR(${reader.valueOrNa(period)},""))`]);
      const [baseline, target, start, deadline] = [
        at('baseline', mapRow),
        at('target', mapRow),
        at('start', mapRow),
        at('deadline', mapRow),
      ];
      const status = statusAsOf(
        {
          actual: `$${B}${r}`,
          baseline,
          target,
          start_date: start,
          deadline,
          as_of: reviewCell,
        },
        language,
      );
      cells.push([
        r + 1,
        left,
        `=IF(${mapRow}="","",IF(OR(${baseline}="",${target}="",${start}="",${deadline}=""),"",IFERROR(${status},"")))`,
      ]);
      const [then, now] = [`$${A}${r + 1}`, at('status', mapRow)];
      const channel = at('channel', mapRow);
      const slipped = `AND(OR(${then}=${quoteText(labels.Achieved)},${then}=${quoteText(labels['On track'])}),OR(${now}=${quoteText(labels.Behind)},${now}=${quoteText(labels['Off track'])}))`;
      const name = `${at('kpi', mapRow)}&IF(OR(${channel}="",${channel}=${all}),""," · "&${channel})&" ("&${then}&" → "&${now}&")"`;
      const before = previousList === '' ? '""' : previousList;
      cells.push([
        r + 1,
        right,
        `=IF(${mapRow}="",${before},IF(IFERROR(${slipped},0),${before}&IF(${before}="","",", ")&${name},${before}))`,
      ]);
    } else {
      cells.push([r + 1, right, previousList === '' ? '=""' : `=${previousList}`]);
    }
    previousList = list;
  });
  cells.push([
    headerRow,
    3,
    previousList === ''
      ? textFormula(t.noneSlipped)
      : `=IF(${previousList}="",${quoteText(t.noneSlipped)},${previousList})`,
  ]);
  const highlight: ConditionalFormatSpec = {
    ranges: [listCell],
    when: { kind: 'customFormula', formula: `=AND(${listCell}<>"",${listCell}<>${quoteText(t.noneSlipped)})` },
    style: { background: STATUS_COLORS['Off track'] },
  };
  return { cells, reviewCell, listCell, conditionalFormats: [highlight] };
}
