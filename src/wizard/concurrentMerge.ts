/**
 * Two wizards at once (two people, or two tabs): an apply merges three versions of the map's
 * choices, field by field:
 * - base: what this wizard was opened on (WizardInput.base and each KpiChoice.base);
 * - yours: what this wizard sends;
 * - theirs: what the sheet holds now (readCurrentChoices), after other applies and typing.
 * A field this wizard did not change takes the sheet's value, so a stale wizard never reverts
 * another apply; a field only this wizard changed takes its value; a field changed on both sides
 * to different values is a conflict, which the user resolves. KPIs added elsewhere are kept; a KPI
 * is retired only when this wizard was opened on it and the user unticked it. Pure.
 */
import { findKpi } from '../catalog/kpis.ts';
import type { Language } from '../catalog/types.ts';
import type { ApplyConflict, BusinessGoalChoice, KpiBase, KpiChoice, WizardInput } from '../shared/wizardApi.ts';
import { NOTICE_TEXTS } from './noticeTexts.ts';
import { numberAsTyped, parseTypedNumber } from './parseTyped.ts';
import { CADENCES, CHANNELS } from './taxonomy.ts';
import { CADENCE_TEXTS, channelText } from './taxonomyTexts.ts';
import { kpiRowKey } from '../plan/rowKeys.ts';

export interface MergeResult {
  /** The input to apply: yours where you changed something, the sheet's elsewhere. */
  input: WizardInput;
  conflicts: ApplyConflict[];
}

/** The KPI fields the merge compares (the channel is part of the row's identity). */
const KPI_FIELDS = ['baseline', 'target', 'deadline', 'owner', 'cadence', 'notes'] as const;
type KpiField = (typeof KPI_FIELDS)[number];
type Comparable = string | number | null;

/**
 * The number a typed baseline or target means. Text that is exactly how the wizard showed the
 * base number (in this language) is that number, carried as it is and never re-read from text.
 */
export function typedNumberValue(
  text: string,
  base: KpiBase['baseline'] | undefined,
  percent: boolean,
  language: Language,
): number | null {
  if (typeof base === 'number' && text === numberAsTyped(base, percent, language)) return base;
  const parsed = parseTypedNumber(String(text ?? ''), language);
  return parsed.kind === 'ok' ? parsed.value : null;
}

/** A KPI's base as the wizard sends it back; anything else (a tampered call) counts as no base. */
export function soundKpiBase(base: unknown): KpiBase | undefined {
  if (typeof base !== 'object' || base === null) return undefined;
  const b = base as Record<string, unknown>;
  const numberOrText = (value: unknown) =>
    value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  const sound =
    typeof b.businessGoalId === 'string' &&
    CHANNELS.includes(b.channel as never) &&
    CADENCES.includes(b.cadence as never) &&
    numberOrText(b.baseline) &&
    numberOrText(b.target) &&
    [b.deadline, b.owner, b.notes].every((value) => typeof value === 'string');
  return sound ? (base as KpiBase) : undefined;
}

function same(a: Comparable | undefined, b: Comparable | undefined): boolean {
  const blank = (value: Comparable | undefined) => value === null || value === undefined || value === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

/** A KPI field of a choice as the merge compares it: numbers as numbers, the rest as text or id. */
function fieldValue(choice: KpiChoice, field: KpiField, language: Language): Comparable {
  if (field === 'baseline' || field === 'target') {
    const percent = findKpi(choice.kpiId)?.unit === 'fraction';
    const value = typedNumberValue(choice[field], choice.base?.[field], percent, language);
    return value ?? (String(choice[field] ?? '').trim() || null);
  }
  return String(choice[field] ?? '').trim();
}

/** The same field as it was when the wizard opened (or is in the sheet now, for theirs). */
function baseValue(base: KpiBase, field: KpiField): Comparable {
  const value = base[field];
  return typeof value === 'string' ? value.trim() : value;
}

function shown(choice: KpiChoice, field: KpiField, language: Language, blank: string): string {
  const text = field === 'cadence' ? CADENCE_TEXTS[language][choice.cadence]?.name : String(choice[field] ?? '');
  return text?.trim() ? text : blank;
}

function kpiLabel(choice: KpiChoice, language: Language): string {
  const name = findKpi(choice.kpiId)?.text[language].name ?? choice.kpiId;
  return choice.channel === 'all' ? name : `${name} (${channelText(choice.channel, language).name})`;
}

function withBase(choice: KpiChoice, base: KpiBase | undefined): KpiChoice {
  return base ? { ...choice, base } : choice;
}

/** The row key a choice had when the wizard was opened (a goal or channel changed in the wizard gives a new key). */
function openedKey(choice: KpiChoice): string {
  const base = choice.base;
  return kpiRowKey(base ? { kpiId: choice.kpiId, businessGoalId: base.businessGoalId, channel: base.channel } : choice);
}

export function mergeWithSheet(input: WizardInput, theirs: WizardInput | null, language: Language): MergeResult {
  const base = input.base;
  if (!base || !theirs) return { input, conflicts: [] };
  input = { ...input, kpis: input.kpis.map(({ base: kpiBase, ...choice }) => withBase(choice, soundKpiBase(kpiBase))) };
  const t = NOTICE_TEXTS[language];
  const pending: { choice: KpiChoice; field: KpiField | null; conflict: Omit<ApplyConflict, 'field'> }[] = [];
  const otherConflicts: ApplyConflict[] = [];
  const theirKpis = new Map(theirs.kpis.map((choice) => [kpiRowKey(choice), choice]));
  const openedRows = new Set(Array.isArray(base.rows) ? base.rows : []);
  const used = new Set<string>();
  const kpis: KpiChoice[] = [];

  for (const mine of input.kpis) {
    const key = openedKey(mine);
    const their = theirKpis.get(key);
    if (their) used.add(key);
    if (!their) {
      if (!mine.base) {
        kpis.push(mine);
        continue;
      }
      // Opened on it, and it has been retired (or removed) elsewhere since.
      const changed = KPI_FIELDS.some(
        (field) => !same(fieldValue(mine, field, language), baseValue(mine.base as KpiBase, field)),
      );
      if (!changed) continue;
      kpis.push(mine);
      pending.push({
        choice: mine,
        field: null,
        conflict: { label: kpiLabel(mine, language), yours: t.kept, theirs: t.retiredElsewhere, theirsValue: '' },
      });
      continue;
    }
    const merged: KpiChoice = { ...mine, base: their.base };
    for (const field of KPI_FIELDS) {
      const yours = fieldValue(mine, field, language);
      const now = fieldValue(their, field, language);
      const opened = mine.base ? baseValue(mine.base, field) : undefined;
      const changedHere = opened === undefined || !same(yours, opened);
      if (!changedHere) {
        (merged as unknown as Record<KpiField, string>)[field] = their[field];
        continue;
      }
      const changedThere = opened === undefined || !same(now, opened);
      if (changedThere && !same(yours, now)) {
        pending.push({
          choice: merged,
          field,
          conflict: {
            label: t.kpiField(kpiLabel(mine, language), t.fields[field]),
            yours: shown(mine, field, language, t.blank),
            theirs: shown(their, field, language, t.blank),
            theirsValue: their[field],
          },
        });
      }
    }
    kpis.push(merged);
  }
  // KPIs added elsewhere since this wizard was opened stay.
  for (const [key, their] of theirKpis) if (!used.has(key) && !openedRows.has(key)) kpis.push(their);

  const businessGoals = mergeGoals(input, theirs, kpis, otherConflicts, language);
  const pick = <K extends 'startDate' | 'reviewIntervalMonths'>(field: K): WizardInput[K] => {
    const [yours, opened, now] = [input[field], base[field], theirs[field]];
    if (yours === opened) return now as WizardInput[K];
    if (now !== opened && now !== yours) {
      otherConflicts.push({
        field,
        label: t.fields[field],
        yours: String(yours),
        theirs: String(now),
        theirsValue: now,
      });
    }
    return yours as WizardInput[K];
  };
  const answers = Object.fromEntries(
    Object.entries(input.answers).map(([id, yours]) => {
      const key = id as keyof WizardInput['answers'];
      return [id, yours === base.answers?.[key] ? (theirs.answers[key] ?? null) : yours];
    }),
  ) as WizardInput['answers'];
  const startDate = pick('startDate');
  const reviewIntervalMonths = pick('reviewIntervalMonths');
  const conflicts = [
    ...otherConflicts,
    ...pending.map(({ choice, field, conflict }) => ({
      ...conflict,
      field: `kpis.${kpis.indexOf(choice)}${field ? `.${field}` : ''}`,
    })),
  ];
  return {
    input: {
      ...input,
      businessGoals,
      answers,
      kpis,
      startDate,
      reviewIntervalMonths,
      base: theirs.base,
    },
    conflicts,
  };
}

/** Goals: yours, their names where you did not rename them; goals added elsewhere; none a KPI still needs is lost. */
function mergeGoals(
  input: WizardInput,
  theirs: WizardInput,
  kpis: readonly KpiChoice[],
  conflicts: ApplyConflict[],
  language: Language,
): BusinessGoalChoice[] {
  const t = NOTICE_TEXTS[language];
  const baseGoals = input.base?.businessGoals;
  const opened = new Map((Array.isArray(baseGoals) ? baseGoals : []).map((goal) => [goal?.id, goal]));
  const now = new Map(theirs.businessGoals.map((goal) => [goal.id, goal]));
  const needed = new Set(kpis.map((choice) => choice.businessGoalId));
  const goals: BusinessGoalChoice[] = [];
  for (const mine of input.businessGoals) {
    const base = opened.get(mine.id);
    const their = now.get(mine.id);
    // Removed elsewhere, and neither renamed here nor needed by a KPI: it stays removed.
    if (base && !their && base.name === mine.name && !needed.has(mine.id)) continue;
    if (their && base?.name === mine.name) {
      goals.push({ ...mine, name: their.name });
      continue;
    }
    if (their && their.name !== mine.name && their.name !== base?.name) {
      conflicts.push({
        field: `businessGoals.${goals.length}.name`,
        label: `${t.fields.goalName} (${mine.name})`,
        yours: mine.name,
        theirs: their.name,
        theirsValue: their.name,
      });
    }
    goals.push(mine);
  }
  for (const their of theirs.businessGoals) {
    const added = !opened.has(their.id) && !goals.some((goal) => goal.id === their.id);
    if (added || (needed.has(their.id) && !goals.some((goal) => goal.id === their.id))) goals.push(their);
  }
  return goals;
}
