/**
 * What the import panel needs before it reads a file (ImportContext), from a snapshot: the map's cadence
 * (the shortest when KPIs differ) and channels, the input columns "KPI data" has and how a period combines
 * each, the inputs it does not track with the KPIs that would read them, the remembered mappings and the
 * tabs a user can import from. Pure.
 */
import { TRACKABLE_KPIS } from '../catalog/kpis.ts';
import { INPUTS, type InputName } from '../catalog/inputs.ts';
import type { Language } from '../catalog/types.ts';
import type { SpreadsheetSnapshot } from '../plan/snapshot.ts';
import { findSheet } from '../plan/snapshot.ts';
import type { Aggregation, ImportColumn, ImportContext } from '../shared/importApi.ts';
import type { Cadence, ChannelId } from '../shared/wizardApi.ts';
import { channelOfCell, readCurrentChoices } from '../wizard/currentChoices.ts';
import { CHANNEL_KEY, KEY_PREFIX, columnsOfKpi } from '../wizard/dataColumns.ts';
import { cellOf, readDataLayout } from '../wizard/mapLayout.ts';
import { CADENCES, CHANNELS } from '../wizard/taxonomy.ts';
import { readImportRecord } from './writePlanRecord.ts';
import { IMPORT_TEXTS } from './writePlanTexts.ts';

/** How a period combines the input: the input's own definition (src/catalog/inputs.ts) says. */
export function aggregationOf(input: InputName): Aggregation {
  return INPUTS[input].aggregation;
}

/** The map's shortest cadence (monthly when there is no map). */
export function importCadence(snapshot: SpreadsheetSnapshot, language: Language): Cadence {
  const kpis = readCurrentChoices(snapshot, language)?.kpis ?? [];
  const used = CADENCES.filter((cadence) => kpis.some((kpi) => kpi.cadence === cadence));
  return used[0] ?? 'monthly';
}

export function buildImportContext(snapshot: SpreadsheetSnapshot, language: Language): ImportContext {
  const choices = readCurrentChoices(snapshot, language);
  const dataSheet = findSheet(snapshot, 'kpiData');
  const layout = readDataLayout(dataSheet);
  const prefix = `${KEY_PREFIX}input.`;
  const columns: ImportColumn[] = [...layout.columns.keys()]
    .filter((key) => key.startsWith(prefix) && key.slice(prefix.length) in INPUTS)
    .map((key) => {
      const input = key.slice(prefix.length) as InputName;
      return { input, label: INPUTS[input].labels[language], aggregation: aggregationOf(input) };
    });
  const tracked = new Set(columns.map((column) => column.input));

  // Channels: the map's, and any a row of "KPI data" already holds; every channel when neither names one.
  const channels = new Set<ChannelId>();
  for (const kpi of choices?.kpis ?? []) if (kpi.channel !== 'all') channels.add(kpi.channel);
  const channelColumn = layout.columns.get(CHANNEL_KEY);
  if (dataSheet && channelColumn !== undefined) {
    for (let row = layout.labelRow + 1; row <= layout.lastRow; row++) {
      const channel = channelOfCell(cellOf(dataSheet, row, channelColumn));
      if (channel && channel !== 'all') channels.add(channel);
    }
  }
  const listed = CHANNELS.filter((channel) => channel !== 'all' && (channels.size === 0 || channels.has(channel)));

  const untracked = new Map<InputName, string[]>();
  for (const kpi of TRACKABLE_KPIS) {
    for (const spec of columnsOfKpi(kpi)) {
      if (spec.sheet !== 'kpiData' || tracked.has(spec.input)) continue;
      if (!untracked.has(spec.input)) untracked.set(spec.input, []);
      (untracked.get(spec.input) as string[]).push(kpi.text[language].name);
    }
  }
  return {
    language,
    cadence: importCadence(snapshot, language),
    timeZone: snapshot.timeZone,
    channels: listed,
    columns,
    untracked: [...untracked].map(([input, kpis]) => ({ input, label: INPUTS[input].labels[language], kpis })),
    mappings: readImportRecord(dataSheet ?? null, layout).mappings?.list ?? [],
    tabs: [...snapshot.otherSheetNames],
    ...(dataSheet ? {} : { notice: IMPORT_TEXTS[language].noMap }),
    target: dataSheet ? { sheetId: dataSheet.sheetId, cadence: importCadence(snapshot, language), language } : null,
  };
}
