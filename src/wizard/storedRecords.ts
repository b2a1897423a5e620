/**
 * The hidden records the add-on keeps on the KPI map (a row's "written" record, the settings header
 * cell), read with a shape check: a record a user cleared, typed over or damaged is reported as such
 * instead of being trusted, so nothing downstream meets a value of the wrong shape. Pure.
 */
import { LANGUAGES, type Language } from '../catalog/types.ts';
import type { CellValue } from '../plan/types.ts';
import type { BusinessGoalChoice, CriticalQuestionId, WizardInput } from '../shared/wizardApi.ts';
import { BUSINESS_GOAL_KINDS, CRITICAL_QUESTIONS, REVIEW_INTERVALS, SOCIAL_GOALS } from './taxonomy.ts';

/** The user columns of the map (the wizard writes them too, by the rule in mergeRule.ts). */
export const USER_COLUMNS = ['channel', 'owner', 'cadence', 'baseline', 'target', 'deadline', 'notes'] as const;
export type UserColumn = (typeof USER_COLUMNS)[number];

/** What the add-on knows about a row beyond its key (JSON in the hidden 'written' column). */
export interface RowShadow {
  goalName: string;
  goalKind: BusinessGoalChoice['kind'];
  socialGoal: WizardInput['kpis'][number]['socialGoal'];
  retired: boolean;
  /** The value the add-on last wrote into each user column. */
  written: Partial<Record<UserColumn, CellValue>>;
}

/** The wizard's choices that are not per KPI row, kept in the settings header cell for the next run. */
export type MapSettings = Pick<
  WizardInput,
  'language' | 'startDate' | 'reviewIntervalMonths' | 'answers' | 'businessGoals'
>;

/** A record as read: absent (blank cell), intact, or damaged (there, but not what the add-on wrote). */
export type StoredRecord<T> = { kind: 'absent' } | { kind: 'ok'; value: T } | { kind: 'damaged' };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCellValue = (value: unknown): value is CellValue =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A row's record from its cell: anything but the shape the add-on writes is damaged. */
export function readRowShadow(cell: CellValue): StoredRecord<RowShadow> {
  if (cell === null || cell === '') return { kind: 'absent' };
  if (typeof cell !== 'string') return { kind: 'damaged' };
  const parsed = parseJson(cell);
  if (!parsed.ok || !isObject(parsed.value)) return { kind: 'damaged' };
  const { goalName, goalKind, socialGoal, retired, written } = parsed.value;
  if (
    typeof goalName !== 'string' ||
    !BUSINESS_GOAL_KINDS.includes(goalKind as never) ||
    !SOCIAL_GOALS.includes(socialGoal as never) ||
    typeof retired !== 'boolean' ||
    !isObject(written) ||
    !Object.entries(written).every(([column, value]) => USER_COLUMNS.includes(column as never) && isCellValue(value))
  ) {
    return { kind: 'damaged' };
  }
  return { kind: 'ok', value: parsed.value as unknown as RowShadow };
}

function readGoal(value: unknown): BusinessGoalChoice | null {
  if (!isObject(value)) return null;
  const { id, kind, name } = value;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string') return null;
  if (!BUSINESS_GOAL_KINDS.includes(kind as never)) return null;
  return { id, kind: kind as BusinessGoalChoice['kind'], name };
}

/**
 * The settings from the JSON after the settings key text. What is sound is kept (a damaged goal
 * drops out, a damaged answer reads as not answered) and the record is then reported as damaged.
 */
export function readMapSettings(json: string): { settings: MapSettings | null; damaged: boolean } {
  if (json.trim() === '') return { settings: null, damaged: false };
  const parsed = parseJson(json);
  if (!parsed.ok || !isObject(parsed.value)) return { settings: null, damaged: true };
  const record = parsed.value;
  let damaged = false;
  const check = <T>(ok: boolean, value: T, fallback: T): T => {
    if (!ok) damaged = true;
    return ok ? value : fallback;
  };
  const language = check(LANGUAGES.includes(record.language as Language), record.language as Language, 'en');
  const startDate = check(typeof record.startDate === 'string', record.startDate as string, '');
  const reviewIntervalMonths = check(
    REVIEW_INTERVALS.includes(record.reviewIntervalMonths as never),
    record.reviewIntervalMonths as MapSettings['reviewIntervalMonths'],
    3,
  );
  const storedAnswers = check(isObject(record.answers), record.answers as Record<string, unknown>, {});
  const answers = Object.fromEntries(
    CRITICAL_QUESTIONS.map((id) => {
      const answer = storedAnswers[id];
      const ok = answer === undefined || answer === null || typeof answer === 'boolean';
      return [id, check(ok, (answer ?? null) as boolean | null, null)];
    }),
  ) as Record<CriticalQuestionId, boolean | null>;
  const storedGoals = check(Array.isArray(record.businessGoals), record.businessGoals as unknown[], []);
  const businessGoals: BusinessGoalChoice[] = [];
  for (const value of storedGoals) {
    const goal = readGoal(value);
    if (goal && !businessGoals.some((other) => other.id === goal.id)) businessGoals.push(goal);
    else damaged = true;
  }
  return { settings: { language, startDate, reviewIntervalMonths, answers, businessGoals }, damaged };
}
