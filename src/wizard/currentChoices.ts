/**
 * The choices behind the spreadsheet's KPI map, read back as a WizardInput so a re-run starts
 * pre-filled with what the sheet holds now (including values typed in the sheet). Pure.
 */
import { findKpi } from '../catalog/kpis.ts';
import { LANGUAGES, type Language } from '../catalog/types.ts';
import { fromSerialDate } from '../plan/serialDate.ts';
import { findSheet, type SpreadsheetSnapshot } from '../plan/snapshot.ts';
import type { CellValue } from '../plan/types.ts';
import type { Cadence, ChannelId, KpiChoice, WizardInput } from '../shared/wizardApi.ts';
import { cellOf, readMapLayout, type AnyMapColumn } from './mapLayout.ts';
import { CADENCES, CHANNELS, CRITICAL_QUESTIONS, SOCIAL_GOALS } from './taxonomy.ts';
import { CADENCE_TEXTS, channelText } from './taxonomyTexts.ts';

/** A number as the user would type it in their language: 12,5 in Danish and Dutch, 12% for rates. */
export function numberAsTyped(value: number, percent: boolean, language: Language): string {
  const shown = percent ? value * 100 : value;
  const text = String(Number(shown.toPrecision(12)));
  const local = language === 'en' ? text : text.replace('.', ',');
  return percent ? `${local}%` : local;
}

function cellText(value: CellValue, asNumber: { percent: boolean; language: Language } | null): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number' && asNumber) return numberAsTyped(value, asNumber.percent, asNumber.language);
  return String(value);
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

export function readCurrentChoices(snapshot: SpreadsheetSnapshot, language: Language): WizardInput | null {
  const layout = readMapLayout(findSheet(snapshot, 'kpiMap'));
  if (!layout.sheet || (layout.rows.length === 0 && layout.settings === null)) return null;
  const cell = (row: number, id: AnyMapColumn) => cellOf(layout.sheet, row, layout.columns.get(id) as number);
  const settings = layout.settings;
  const kpis: KpiChoice[] = [];
  for (const row of layout.rows) {
    if (row.shadow?.retired) continue;
    const [kpiId, businessGoalId, keyChannel] = row.key.split('|');
    const kpi = findKpi(kpiId);
    if (!kpi) continue;
    const channel =
      idByLabel(CHANNELS, cell(row.row, 'channel'), (id, l) => channelText(id, l).name) ??
      (CHANNELS.includes(keyChannel as ChannelId) ? (keyChannel as ChannelId) : 'all');
    const cadence: Cadence =
      idByLabel(CADENCES, cell(row.row, 'cadence'), (id, l) => CADENCE_TEXTS[l][id].name) ?? 'monthly';
    const socialGoal = SOCIAL_GOALS.includes(row.shadow?.socialGoal as never) ? row.shadow!.socialGoal : 'reach';
    const asNumber = { percent: kpi.unit === 'fraction', language };
    const deadline = cell(row.row, 'deadline');
    kpis.push({
      kpiId,
      businessGoalId,
      socialGoal,
      channel,
      baseline: cellText(cell(row.row, 'baseline'), asNumber),
      target: cellText(cell(row.row, 'target'), asNumber),
      // A date cell holds a serial number; anything else is shown as typed, for validation to point out.
      deadline:
        typeof deadline === 'number' && Number.isFinite(deadline) && Math.abs(deadline) < 3e6
          ? fromSerialDate(deadline)
          : cellText(deadline, null),
      owner: cellText(cell(row.row, 'owner'), null),
      cadence,
      notes: cellText(cell(row.row, 'notes'), null),
    });
  }
  const answers = Object.fromEntries(
    CRITICAL_QUESTIONS.map((id) => [id, settings?.answers?.[id] ?? null]),
  ) as WizardInput['answers'];
  return {
    language,
    businessGoals: settings?.businessGoals ?? [],
    answers,
    kpis,
    startDate: settings?.startDate ?? '',
    reviewIntervalMonths: settings?.reviewIntervalMonths === 6 ? 6 : 3,
  };
}
