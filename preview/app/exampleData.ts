import { INPUTS, type InputName } from '../../src/catalog/inputs.ts';
import { cellA1 } from '../../src/plan/a1.ts';
import { toSerialDate } from '../../src/plan/serialDate.ts';
import type { SheetSnapshot, SpreadsheetSnapshot } from '../../src/plan/snapshot.ts';
import type { CellValue, Plan, SheetPlan } from '../../src/plan/types.ts';
import type { Language } from '../../src/catalog/types.ts';
import type { SpreadsheetDoor } from '../../src/door/spreadsheetDoor.ts';
import type { ChannelId, ServerApi, WizardInput } from '../../src/shared/wizardApi.ts';
import { CHANNEL_KEY, KEY_PREFIX, PERIOD_KEY } from '../../src/wizard/dataColumns.ts';
import { NOTE_KEY } from '../../src/wizard/periodNotes.ts';
import { channelText } from '../../src/wizard/taxonomyTexts.ts';
import { DATE_INPUTS, exampleMonth } from './exampleNumbers.ts';
import { sampleWizardInput } from './sampleMap.ts';

/**
 * "Load example data": a plan that fills the KPI data sheet (and the answers sheet, when the map has
 * survey or response-time KPIs) with 13 months of numbers for the map's channels (a year and the month before it, so the
 * comparison with a year earlier has data), below the
 * hidden key row and the labels the wizard wrote. Columns are found by their keys, so it fits
 * whatever KPIs were chosen. It is applied like any plan, through the in-memory applier.
 */

/** A year and a month: the latest month has the same month a year earlier to compare with. */
const MONTHS = 13;
/** Survey answers and messages per channel and month on the answers sheet. */
const ANSWERS_PER_MONTH = 6;
/** Used when every KPI on the map counts all channels together. */
const DEFAULT_CHANNELS: ChannelId[] = ['instagram', 'facebook', 'linkedin'];

/**
 * What "Load example data" says, in the wizard's language (the page's language, or the map's). Menu and
 * button names are the preview page's own, which are English.
 */
const MESSAGES: Record<
  Language,
  {
    noDataSheet: string;
    hasNumbers: (sheet: string) => string;
    loaded: (channels: string, sheet: string) => string;
    sampleMap: (map: string) => string;
  }
> = {
  en: {
    noDataSheet:
      'There is no KPI data sheet yet: open Extensions → Social KPI Kit → Open goal wizard and build the KPI map first.',
    hasNumbers: (sheet) =>
      `"${sheet}" already has numbers, and example data never overwrites them. Clear its rows below the headers, or use Reset workbook, then load the example again.`,
    loaded: (channels, sheet) => `Loaded 13 months of example numbers for ${channels} into "${sheet}".`,
    sampleMap: (map) =>
      `There was no KPI map yet, so the goal wizard built a sample one ("${map}": two goals, six KPIs). Change it with Extensions → Social KPI Kit → Open goal wizard.`,
  },
  da: {
    noDataSheet:
      'Der er ikke noget KPI-dataark endnu: åbn Extensions → Social KPI Kit → Open goal wizard, og byg KPI-kortet først.',
    hasNumbers: (sheet) =>
      `"${sheet}" har allerede tal, og eksempeldata overskriver dem aldrig. Ryd rækkerne under overskrifterne, eller brug Reset workbook, og indlæs eksemplet igen.`,
    loaded: (channels, sheet) => `13 måneders eksempeltal for ${channels} er indlæst i "${sheet}".`,
    sampleMap: (map) =>
      `Der var intet KPI-kort endnu, så målguiden byggede et eksempel ("${map}": to mål, seks KPI'er). Ret det under Extensions → Social KPI Kit → Open goal wizard.`,
  },
  nl: {
    noDataSheet:
      'Er is nog geen KPI-gegevensblad: open Extensions → Social KPI Kit → Open goal wizard en bouw eerst de KPI-kaart.',
    hasNumbers: (sheet) =>
      `"${sheet}" heeft al getallen, en voorbeeldgegevens overschrijven die nooit. Maak de rijen onder de koppen leeg, of gebruik Reset workbook, en laad het voorbeeld opnieuw.`,
    loaded: (channels, sheet) => `13 maanden aan voorbeeldcijfers voor ${channels} zijn geladen in "${sheet}".`,
    sampleMap: (map) =>
      `Er was nog geen KPI-kaart, dus de doelenwizard bouwde een voorbeeld ("${map}": twee doelen, zes KPI's). Pas het aan via Extensions → Social KPI Kit → Open goal wizard.`,
  },
};

export type ExampleDataResult = { ok: true; plan: Plan; message: string } | { ok: false; message: string };

interface KeyedColumns {
  sheet: SheetSnapshot;
  /** 0-based row of the hidden key row. */
  keyRow: number;
  /** Key → 0-based column. */
  columns: Map<string, number>;
}

function keyedColumns(sheet: SheetSnapshot | undefined): KeyedColumns | null {
  if (!sheet) return null;
  const keyRow = sheet.values.findIndex((row) => row.includes(PERIOD_KEY));
  if (keyRow < 0) return null;
  const columns = new Map<string, number>();
  sheet.values[keyRow].forEach((value, column) => {
    if (typeof value === 'string' && value.startsWith(KEY_PREFIX)) columns.set(value, column);
  });
  return { sheet, keyRow, columns };
}

/** True when any cell below the labels already holds something: example data never overwrites. */
function hasData(layout: KeyedColumns): boolean {
  return layout.sheet.values
    .slice(layout.keyRow + 2)
    .some((row) => row.some((value) => value !== '' && value !== null));
}

/** The first days of the MONTHS months ending with the month of `today` ('YYYY-MM-DD'). */
function monthStarts(today: string): number[] {
  const [year, month] = today.split('-').map(Number);
  return Array.from({ length: MONTHS }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (MONTHS - 1 - i), 1));
    return toSerialDate(date.toISOString().slice(0, 10));
  });
}

function channelsOf(choices: WizardInput): ChannelId[] {
  const chosen = [...new Set(choices.kpis.map((kpi) => kpi.channel))].filter((channel) => channel !== 'all');
  return chosen.length > 0 ? chosen : DEFAULT_CHANNELS;
}

/** The value of one data column for a channel in a month, or null when the key is not an example input. */
function valueFor(
  key: string,
  month: Partial<Record<InputName, number>>,
  periodStart: number,
  answerOf: (kpiId: string, input: InputName) => number | undefined,
): CellValue {
  const input = key.startsWith(`${KEY_PREFIX}input.`) ? key.slice(`${KEY_PREFIX}input.`.length) : null;
  if (input !== null) return month[input as InputName] ?? null;
  const answer = /^socialKpiKit\.answer\.([^.]+)\.(.+)$/.exec(key);
  if (answer === null || !(answer[2] in INPUTS)) return null;
  const value = answerOf(answer[1], answer[2] as InputName);
  if (value === undefined) return null;
  return DATE_INPUTS.has(answer[2]) ? periodStart + value : value;
}

/** Notes on the latest month, for the first two channels: why their numbers moved (src/wizard/periodNotes.ts). */
const EXAMPLE_NOTES: Record<Language, string[]> = {
  en: ['Started three Reels a week', 'Ads paused mid-month'],
  da: ['Startede tre Reels om ugen', 'Annoncer sat på pause midt i måneden'],
  nl: ['Gestart met drie Reels per week', 'Advertenties halverwege de maand gepauzeerd'],
};

function fillSheet(
  layout: KeyedColumns,
  rowsPerMonth: number,
  channels: ChannelId[],
  months: number[],
  choices: WizardInput,
): SheetPlan {
  const width = Math.max(...layout.columns.values()) + 1;
  const rows: CellValue[][] = [];
  months.forEach((periodStart, m) => {
    for (const channel of channels) {
      for (let n = 0; n < rowsPerMonth; n++) {
        // Each answer row is another respondent: a different draw from the same month.
        const month = exampleMonth(channel, m, { surveyScale: 5, draw: n });
        const nps = exampleMonth(channel, m, { surveyScale: 10, draw: n });
        const row: CellValue[] = new Array<CellValue>(width).fill(null);
        for (const [key, column] of layout.columns) {
          if (key === PERIOD_KEY) row[column] = periodStart;
          else if (key === CHANNEL_KEY) row[column] = channelText(channel, choices.language).name;
          else if (key === NOTE_KEY)
            row[column] =
              m === months.length - 1 ? (EXAMPLE_NOTES[choices.language][channels.indexOf(channel)] ?? null) : null;
          else
            row[column] = valueFor(key, month, periodStart, (kpiId, input) =>
              kpiId === 'nps' ? nps[input] : month[input],
            );
        }
        rows.push(row);
      }
    }
  });
  return {
    key: layout.sheet.key,
    sheetId: layout.sheet.sheetId,
    name: layout.sheet.name,
    create: false,
    values: [{ start: cellA1(layout.keyRow + 3, 1), values: rows }],
  };
}

/**
 * The plan that loads the example year, or a message saying why it cannot (no KPI map yet, or the
 * data sheet already holds numbers). `current` is the map's choices (getWizardModel().current).
 */
export function exampleDataPlan(
  snapshot: SpreadsheetSnapshot,
  current: WizardInput | null,
  today: string,
  language: Language = current?.language ?? 'en',
): ExampleDataResult {
  const texts = MESSAGES[language];
  const data = keyedColumns(snapshot.sheets.find((sheet) => sheet.key === 'kpiData'));
  if (current === null || data === null) return { ok: false, message: texts.noDataSheet };
  const answers = keyedColumns(snapshot.sheets.find((sheet) => sheet.key === 'kpiAnswers'));
  const filled = [data, answers].filter((layout): layout is KeyedColumns => layout !== null && hasData(layout));
  if (filled.length > 0) {
    return {
      ok: false,
      message: texts.hasNumbers(filled[0].sheet.name),
    };
  }
  const channels = channelsOf(current);
  const months = monthStarts(today);
  const sheets = [fillSheet(data, 1, channels, months, current)];
  if (answers !== null) sheets.push(fillSheet(answers, ANSWERS_PER_MONTH, channels, months, current));
  const names = channels.map((channel) => channelText(channel, current.language).name).join(', ');
  return {
    ok: true,
    plan: { sheets },
    message: texts.loaded(names, data.sheet.name),
  };
}

/**
 * "Load example data" on the preview's workbook, through its door. A new workbook has no KPI map for the numbers to go
 * into: the goal wizard's own code (applyWizard) builds a sample map first, and the message says so.
 * Returns what to tell the user, in the wizard's language.
 */
export function loadExampleData(door: SpreadsheetDoor, server: ServerApi): string {
  const model = server.getWizardModel(null);
  let built = '';
  if (model.current === null) {
    const summary = server.applyWizard(sampleWizardInput(model.language, model.today));
    if (!summary.ok) return summary.messages.map((message) => message.message).join(' ');
    built = `${MESSAGES[model.language].sampleMap(summary.mapSheetName)} `;
  }
  const result = exampleDataPlan(door.readSnapshot(), server.getWizardModel(null).current, model.today, model.language);
  if (result.ok) door.applyPlan(result.plan);
  return `${built}${result.message}`;
}
