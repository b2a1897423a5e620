/**
 * The choices behind the spreadsheet's KPI map, read back as a WizardInput so a re-run starts
 * pre-filled with what the sheet holds now (including values typed in the sheet). Pure.
 */
import { findKpi } from '../catalog/kpis.ts';
import { LANGUAGES, type KpiDefinition, type Language } from '../catalog/types.ts';
import { kpiRowKey } from '../plan/rowKeys.ts';
import { fromSerialDate } from '../plan/serialDate.ts';
import { numberAsTyped } from './parseTyped.ts';
import { findSheet, type SheetSnapshot, type SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue } from '../plan/types.ts';
import type {
  BusinessGoalKind,
  Cadence,
  ChannelId,
  KpiBase,
  KpiChoice,
  SocialGoalId,
  WizardInput,
} from '../shared/wizardApi.ts';
import { cellOf, readMapLayout, type AnyMapColumn, type ExistingRow, type MapLayout } from './mapLayout.ts';
import { NOTICE_TEXTS } from './noticeTexts.ts';
import { SHEET_TEXTS } from './sheetTexts.ts';
import {
  BUSINESS_GOAL_KINDS,
  CADENCES,
  CHANNELS,
  CRITICAL_QUESTIONS,
  GOAL_TAXONOMY,
  SOCIAL_GOALS,
  socialGoalOfKpi,
} from './taxonomy.ts';
import { CADENCE_TEXTS, SOCIAL_GOAL_TEXTS, channelText } from './taxonomyTexts.ts';

/** True when a status cell shows "Retired" in one of the languages. */
function isRetiredLabel(value: CellValue): boolean {
  return LANGUAGES.some((language) => SHEET_TEXTS[language].retired === value);
}

/**
 * True when a map row is retired: as its record says; without a sound record, when its Status cell
 * shows "Retired" in one of the languages. The wizard and the report both ask this.
 */
export function isRetiredRow(layout: MapLayout, row: ExistingRow): boolean {
  if (row.shadow) return row.shadow.retired;
  return isRetiredLabel(cellOf(layout.sheet, row.row, layout.columns.get('status') as number));
}

function cellText(value: CellValue, asNumber: { percent: boolean; language: Language } | null): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number' && asNumber) return numberAsTyped(value, asNumber.percent, asNumber.language);
  return String(value);
}

/** A number cell as the number it is (never re-read from text); other content as its text, blank as null. */
function numberBase(value: CellValue): number | string | null {
  if (value === null || value === '') return null;
  return typeof value === 'number' && Number.isFinite(value) ? value : String(value);
}

function idByLabel<Id extends string>(
  ids: readonly Id[],
  label: CellValue,
  name: (id: Id, l: Language) => string,
): Id | null {
  const text = String(label ?? '').trim();
  for (const id of ids) if (LANGUAGES.some((language) => name(id, language) === text)) return id;
  return null;
}

/** A channel or cadence cell as its id, whatever language its label is in; null for anything else. */
export function channelOfCell(value: CellValue): ChannelId | null {
  return idByLabel(CHANNELS, value, (id, l) => channelText(id, l).name);
}

export function cadenceOfCell(value: CellValue): Cadence | null {
  return idByLabel(CADENCES, value, (id, l) => CADENCE_TEXTS[l][id].name);
}

/** The business goal kind that a social goal serves first, for a goal whose record was lost. */
function kindServing(socialGoal: SocialGoalId): BusinessGoalKind {
  return BUSINESS_GOAL_KINDS.find((kind) => GOAL_TAXONOMY[kind].socialGoal === socialGoal) ?? 'awareness';
}

/**
 * A row's social goal: as its record says; without a sound record, the one its cell shows (else the
 * KPI's own), never a default. The wizard and the report both ask this.
 */
export function socialGoalOfRow(layout: MapLayout, row: ExistingRow, kpi: KpiDefinition): SocialGoalId {
  if (row.shadow) return row.shadow.socialGoal;
  const shown = cellOf(layout.sheet, row.row, layout.columns.get('socialGoal') as number);
  return idByLabel(SOCIAL_GOALS, shown, (id, l) => SOCIAL_GOAL_TEXTS[l][id].name) ?? socialGoalOfKpi(kpi);
}

/** A row's business goal name: as its record says; without a sound record, the text its Goal cell shows. */
export function goalNameOfRow(layout: MapLayout, row: ExistingRow): string {
  return row.shadow?.goalName ?? String(cellOf(layout.sheet, row.row, layout.columns.get('goal') as number) ?? '');
}

/** Where the map's hidden records are cleared or damaged, and what to do: one message each, in `language`. */
export function mapRecordNotices(snapshot: SpreadsheetSnapshot, language: Language): string[] {
  const layout = readMapLayout(findSheet(snapshot, 'kpiMap'));
  if (!layout.sheet) return [];
  const t = NOTICE_TEXTS[language];
  const tab = layout.sheet.name;
  const notices: string[] = [];
  if (layout.settingsDamaged || (layout.settings === null && layout.rows.length > 0)) {
    notices.push(t.settingsRecord(tab, layout.settingsCell));
  }
  for (const row of layout.rows) {
    if (row.record === 'ok') continue;
    const kpi = findKpi(row.keyParts.kpiId);
    notices.push(t.rowRecord(tab, row.recordCell, kpi?.text[language].name ?? row.key));
  }
  return notices;
}

/**
 * The map's language: the one its settings record; when they are damaged, the one its headers are
 * in; null when there is no map.
 */
export function mapLanguage(snapshot: SpreadsheetSnapshot): Language | null {
  return mapSheetLanguage(findSheet(snapshot, 'kpiMap'));
}

/** The same for the map tab alone (undefined when there is none). */
export function mapSheetLanguage(sheet: SheetSnapshot | undefined): Language | null {
  const layout = readMapLayout(sheet);
  if (!layout.sheet) return null;
  if (layout.settings && !layout.settingsDamaged) return layout.settings.language;
  const header = layout.sheet.values[layout.headerRow - 1] ?? [];
  return LANGUAGES.find((language) => header.includes(SHEET_TEXTS[language].mapHeaders.goal)) ?? null;
}

export function readCurrentChoices(snapshot: SpreadsheetSnapshot, language: Language): WizardInput | null {
  const layout = readMapLayout(findSheet(snapshot, 'kpiMap'));
  if (!layout.sheet || (layout.rows.length === 0 && layout.settings === null)) return null;
  const cell = (row: number, id: AnyMapColumn) => cellOf(layout.sheet, row, layout.columns.get(id) as number);
  const settings = layout.settings;
  const businessGoals = [...(settings?.businessGoals ?? [])];
  const kpis: KpiChoice[] = [];
  for (const row of layout.rows) {
    if (isRetiredRow(layout, row)) continue;
    const { kpiId, businessGoalId, channel: keyChannel } = row.keyParts;
    const kpi = findKpi(kpiId);
    if (!kpi || !businessGoalId) continue;
    const channel =
      channelOfCell(cell(row.row, 'channel')) ??
      (CHANNELS.includes(keyChannel as ChannelId) ? (keyChannel as ChannelId) : 'all');
    const cadence: Cadence = cadenceOfCell(cell(row.row, 'cadence')) ?? 'monthly';
    const socialGoal = socialGoalOfRow(layout, row, kpi);
    if (!businessGoals.some((goal) => goal.id === businessGoalId)) {
      const name = goalNameOfRow(layout, row);
      businessGoals.push({ id: businessGoalId, kind: row.shadow?.goalKind ?? kindServing(socialGoal), name });
    }
    const asNumber = { percent: kpi.unit === 'fraction', language };
    const deadlineCell = cell(row.row, 'deadline');
    // A date cell holds a serial number; anything else is shown as typed, for validation to point out.
    const deadline =
      typeof deadlineCell === 'number' && Number.isFinite(deadlineCell) && Math.abs(deadlineCell) < 3e6
        ? fromSerialDate(deadlineCell)
        : cellText(deadlineCell, null);
    const base: KpiBase = {
      businessGoalId,
      channel,
      baseline: numberBase(cell(row.row, 'baseline')),
      target: numberBase(cell(row.row, 'target')),
      deadline,
      owner: cellText(cell(row.row, 'owner'), null),
      cadence,
      notes: cellText(cell(row.row, 'notes'), null),
    };
    kpis.push({
      kpiId,
      businessGoalId,
      socialGoal,
      channel,
      baseline: cellText(cell(row.row, 'baseline'), asNumber),
      target: cellText(cell(row.row, 'target'), asNumber),
      deadline,
      owner: base.owner,
      cadence,
      notes: base.notes,
      base,
    });
  }
  const answers = Object.fromEntries(
    CRITICAL_QUESTIONS.map((id) => [id, settings?.answers?.[id] ?? null]),
  ) as WizardInput['answers'];
  const startDate = settings?.startDate ?? '';
  const reviewIntervalMonths = settings?.reviewIntervalMonths === 6 ? 6 : 3;
  return {
    language,
    businessGoals,
    answers,
    kpis,
    startDate,
    reviewIntervalMonths,
    base: {
      rows: kpis.map((kpi) => kpiRowKey(kpi)),
      businessGoals: businessGoals.map((goal) => ({ ...goal })),
      answers: { ...answers },
      startDate,
      reviewIntervalMonths,
    },
  };
}
