/**
 * The words of the report's trust aids, in en/da/nl: the "off track since the last review" line of the
 * header (offTrack.ts), the data checks (dataChecks.ts) and the progress charts (reportCharts.ts).
 */
import type { Language } from '../catalog/types.ts';

export interface ReportCheckTexts {
  /** Header label; the last review's date stands in the next cell. */
  offTrackSince: string;
  /** What the list says when no KPI slipped. */
  noneSlipped: string;
  /** Shown instead of the date when the map's settings (start date, review interval) are unreadable. */
  noReviewDates: string;
  dataChecks: string;
  /** Under the title: when the checks ran and how a line goes away. */
  dataChecksIntro: (builtOn: string) => string;
  allClear: string;
  /** When the data tab has no dated rows yet. */
  nothingYet: (tab: string) => string;
  /** A period of the cadence with no row on the data tab. */
  missingPeriod: (period: string, tab: string, where: string) => string;
  /** Where a missing period would go: "between rows 20 and 21", "after row 20". */
  between: (before: number, after: number) => string;
  after: (row: number) => string;
  /** A KPI's inputs left blank in the latest period. */
  blankInputs: (kpi: string, inputs: string, period: string, tab: string, rows: string) => string;
  /** A KPI on one channel with no row at all in the latest period. */
  noRow: (kpi: string, period: string, tab: string) => string;
  /** An "All channels" KPI whose latest period lacks channels that have numbers elsewhere. */
  fewerChannels: (
    kpi: string,
    counted: number,
    expected: number,
    missing: string,
    period: string,
    tab: string,
  ) => string;
  /** The lines left out when there are many. */
  more: (count: number) => string;
  /** 'row 57' / 'rows 57, 58'. */
  rows: (rows: readonly number[]) => string;
  /** The chart: what 0 %, 100 % and the cap mean. */
  chartNote: string;
  /** The target line's name in the chart. */
  targetSeries: string;
}

const list = (rows: readonly number[]) => rows.join(', ');

export const REPORT_CHECK_TEXTS: Record<Language, ReportCheckTexts> = {
  en: {
    offTrackSince: 'Off track since the last review',
    noneSlipped: 'none: no KPI went from achieved or on track to behind or off track',
    noReviewDates: 'no review date (run the goal wizard again)',
    dataChecks: 'Data checks',
    dataChecksIntro: (day) =>
      `Found when the report was built (${day}); a line disappears once the data is fixed. Build the report again to check new data.`,
    allClear: 'No gaps found: every period of the cadence has a row, and the latest period is complete.',
    nothingYet: (tab) => `Nothing to check yet: “${tab}” has no rows with a period.`,
    missingPeriod: (period, tab, where) => `No row for the period ${period} on “${tab}” (${where}).`,
    between: (before, after) => `between rows ${before} and ${after}`,
    after: (row) => `after row ${row}`,
    blankInputs: (kpi, inputs, period, tab, rows) =>
      `${kpi}: ${inputs} blank in the latest period ${period} on “${tab}”, ${rows}.`,
    noRow: (kpi, period, tab) => `${kpi}: no row in the latest period ${period} on “${tab}”.`,
    fewerChannels: (kpi, counted, expected, missing, period, tab) =>
      `${kpi}: the latest period ${period} counts ${counted} of ${expected} channels; no numbers from ${missing} on “${tab}”.`,
    more: (count) => `… and ${count} more.`,
    rows: (rows) => (rows.length === 1 ? `row ${rows[0]}` : `rows ${list(rows)}`),
    chartNote:
      '0 % is the baseline, 100 % the target (dashed). Lines stop at −100 % and 200 %; the legend gives each KPI’s real progress now.',
    targetSeries: 'Target (100 %)',
  },
  da: {
    offTrackSince: 'Kommet bagud siden sidste revurdering',
    noneSlipped: 'ingen: ingen KPI er gået fra nået eller på sporet til bagud eller ude af kurs',
    noReviewDates: 'ingen revurderingsdato (kør guiden igen)',
    dataChecks: 'Datatjek',
    dataChecksIntro: (day) =>
      `Fundet da rapporten blev bygget (${day}); en linje forsvinder, når dataene er rettet. Byg rapporten igen for at tjekke nye data.`,
    allClear: 'Ingen huller: hver periode i kadencen har en række, og den seneste periode er komplet.',
    nothingYet: (tab) => `Intet at tjekke endnu: “${tab}” har ingen rækker med en periode.`,
    missingPeriod: (period, tab, where) => `Ingen række for perioden ${period} på “${tab}” (${where}).`,
    between: (before, after) => `mellem række ${before} og ${after}`,
    after: (row) => `efter række ${row}`,
    blankInputs: (kpi, inputs, period, tab, rows) =>
      `${kpi}: ${inputs} er tom i den seneste periode ${period} på “${tab}”, ${rows}.`,
    noRow: (kpi, period, tab) => `${kpi}: ingen række i den seneste periode ${period} på “${tab}”.`,
    fewerChannels: (kpi, counted, expected, missing, period, tab) =>
      `${kpi}: den seneste periode ${period} tæller ${counted} af ${expected} kanaler; ingen tal fra ${missing} på “${tab}”.`,
    more: (count) => `… og ${count} mere.`,
    rows: (rows) => (rows.length === 1 ? `række ${rows[0]}` : `rækkerne ${list(rows)}`),
    chartNote:
      '0 % er udgangspunktet, 100 % er målet (stiplet). Linjerne stopper ved −100 % og 200 %; forklaringen viser hver KPI’s faktiske fremskridt nu.',
    targetSeries: 'Mål (100 %)',
  },
  nl: {
    offTrackSince: 'Achterop geraakt sinds de laatste evaluatie',
    noneSlipped: 'geen: geen KPI ging van behaald of op schema naar achter of uit koers',
    noReviewDates: 'geen evaluatiedatum (doorloop de wizard opnieuw)',
    dataChecks: 'Gegevenscontrole',
    dataChecksIntro: (day) =>
      `Gevonden toen het rapport werd gemaakt (${day}); een regel verdwijnt zodra de gegevens kloppen. Maak het rapport opnieuw om nieuwe gegevens te controleren.`,
    allClear: 'Geen gaten: elke periode van de frequentie heeft een rij en de laatste periode is compleet.',
    nothingYet: (tab) => `Nog niets te controleren: “${tab}” heeft geen rijen met een periode.`,
    missingPeriod: (period, tab, where) => `Geen rij voor de periode ${period} op “${tab}” (${where}).`,
    between: (before, after) => `tussen rij ${before} en ${after}`,
    after: (row) => `na rij ${row}`,
    blankInputs: (kpi, inputs, period, tab, rows) =>
      `${kpi}: ${inputs} leeg in de laatste periode ${period} op “${tab}”, ${rows}.`,
    noRow: (kpi, period, tab) => `${kpi}: geen rij in de laatste periode ${period} op “${tab}”.`,
    fewerChannels: (kpi, counted, expected, missing, period, tab) =>
      `${kpi}: de laatste periode ${period} telt ${counted} van ${expected} kanalen; geen cijfers van ${missing} op “${tab}”.`,
    more: (count) => `… en nog ${count}.`,
    rows: (rows) => (rows.length === 1 ? `rij ${rows[0]}` : `rijen ${list(rows)}`),
    chartNote:
      '0 % is de nulmeting, 100 % het doel (gestippeld). Lijnen stoppen bij −100 % en 200 %; de legenda geeft de echte voortgang van elke KPI nu.',
    targetSeries: 'Doel (100 %)',
  },
};
