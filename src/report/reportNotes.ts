/**
 * The report's "Notes" column: beside each KPI, the notes typed on "KPI data" (src/wizard/periodNotes.ts)
 * for the KPI's latest period, so the manager reads why a number moved next to the number. Pure.
 *
 * - A KPI on one channel shows that channel's note of the period; a KPI on "All channels" (or a blank
 *   channel) shows every channel's note of the period, each after its channel: "Instagram: reels launched;
 *   Facebook: ads paused".
 * - The period is the KPI's own latest period with data (the one its "Current" value comes from).
 * - A native formula, so it updates when a note is typed and works without the add-on: TEXTJOIN over an
 *   IF of the period's rows, in ARRAYFORMULA as Sheets needs for an IF over ranges (an array formula in
 *   Excel and LibreOffice; no FILTER, which LibreOffice 7.4 lacks). A note is the user's text and is shown
 *   as text: a note "=1+1" stays "=1+1", since the formula only joins cell values.
 */
import type { Language } from '../catalog/types.ts';
import { CHANNEL_KEY, PERIOD_KEY, type DataSheetKey } from '../wizard/dataColumns.ts';
import { quoteText, sheetRef, type DataSheetRefs } from '../wizard/mapFormulas.ts';
import { NOTE_KEY } from '../wizard/periodNotes.ts';
import { channelText } from '../wizard/taxonomyTexts.ts';

/** The report's column of notes: its header, and how wide it is. */
export const REPORT_NOTE_TEXTS: Record<Language, { header: string }> = {
  en: { header: 'Notes on the latest period' },
  da: { header: 'Noter om seneste periode' },
  nl: { header: 'Notities bij de laatste periode' },
};
export const REPORT_NOTES_WIDTH = 320;

/** Between two notes of one KPI. */
const SEPARATOR = '; ';

/**
 * The formula showing the latest period's notes of one KPI row of the report, or '' when "KPI data"
 * has no note column (a map not re-run since notes came).
 * - `latest`: an expression giving the KPI's latest period with data (0 when none): KpiPeriodReader.latest.
 * - `channelCell`: the report's cell showing the KPI's channel.
 * - `mapRow`: the report's cell holding the KPI's row on the map ('' when the KPI is gone from the map).
 */
export function latestNotesFormula(
  latest: string,
  channelCell: string,
  mapRow: string,
  sheets: Readonly<Record<DataSheetKey, DataSheetRefs | null>>,
  language: Language,
): string {
  const data = sheets.kpiData;
  const letter = (key: string) => data?.columns.get(key);
  const [note, period, channel] = [letter(NOTE_KEY), letter(PERIOD_KEY), letter(CHANNEL_KEY)];
  if (!data || note === undefined || period === undefined || channel === undefined) return '';
  const column = (l: string) => `${sheetRef(data.name)}!$${l}:$${l}`;
  const [notes, periods, channels] = [column(note), column(period), column(channel)];
  const all = quoteText(channelText('all', language).name);
  const inPeriod = `(${periods}=${latest})*(${notes}<>"")`;
  const join = (rows: string, text: string) => `TEXTJOIN("${SEPARATOR}",TRUE(),IF(${rows},${text},""))`;
  const everyChannel = join(inPeriod, `IF(${channels}="",${notes},${channels}&": "&${notes})`);
  const oneChannel = join(`${inPeriod}*(${channels}=${channelCell})`, notes);
  return (
    `=ARRAYFORMULA(IF(${mapRow}="","",IFERROR(IF(${latest}=0,"",` +
    `IF(OR(${channelCell}="",${channelCell}=${all}),${everyChannel},${oneChannel})),"")))`
  );
}
