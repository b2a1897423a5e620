/**
 * validateWizardInput(): field-level messages in the user's language for everything that would
 * make the KPI map wrong or not SMART. An empty list means the input can be applied.
 * Field names follow the input's shape: 'businessGoals', 'businessGoals.0.name', 'kpis.2.target'.
 */
import { findKpi, TRACKABLE_KPIS } from '../catalog/kpis.ts';
import { LANGUAGES, type Language } from '../catalog/types.ts';
import { kpiRowKey } from '../plan/rowKeys.ts';
import type { FieldMessage, KpiChoice, WizardInput } from '../shared/wizardApi.ts';
import { displayDate } from './displayDate.ts';
import { parseIsoDate, parseTypedNumber, typedAsPercent, type Parsed } from './parseTyped.ts';
import { BUSINESS_GOAL_KINDS, CADENCES, CHANNELS, REVIEW_INTERVALS, SOCIAL_GOALS } from './taxonomy.ts';
import { VALIDATION_TEXTS, type ValidationTexts } from './validateTexts.ts';

/** The input's language, or English when it is missing or unknown. */
export function languageOf(input: Pick<WizardInput, 'language'> | null | undefined): Language {
  const language = input?.language;
  return LANGUAGES.includes(language as Language) ? (language as Language) : 'en';
}

/**
 * A KPI the wizard can track, by its exact id: not a tracking helper such as kpi_status, and not a
 * sheet-function name or another spelling ('FOLLOWER_COUNT' beside 'follower_count' would make two rows).
 */
export function isTrackableKpiId(kpiId: string): boolean {
  return TRACKABLE_KPIS.some((kpi) => kpi.id === kpiId);
}

/** A rate (fraction) typed without % and above 1 is almost surely meant as a percentage, unless it may exceed 100 % (ROI). */
function looksLikeMissingPercent(kpiId: string, text: string, value: number): boolean {
  const kpi = findKpi(kpiId);
  return kpi?.unit === 'fraction' && !kpi.canExceed100Percent && !typedAsPercent(text) && Math.abs(value) > 1;
}

function checkNumber(
  choice: KpiChoice,
  text: string,
  language: Language,
  t: ValidationTexts,
): { parsed: Parsed<number>; message: string | null } {
  const parsed = parseTypedNumber(String(text ?? ''), language);
  if (parsed.kind === 'invalid') return { parsed, message: t.notANumber(String(text).trim()) };
  // 309 digits and more read as Infinity, which no cell can hold.
  if (parsed.kind === 'ok' && !Number.isFinite(parsed.value)) {
    return { parsed: { kind: 'invalid' }, message: t.numberTooLarge };
  }
  if (parsed.kind === 'ok' && looksLikeMissingPercent(choice.kpiId, text, parsed.value)) {
    const percent = new Intl.NumberFormat(language === 'en' ? 'en-GB' : language).format(parsed.value * 100);
    return { parsed: { kind: 'invalid' }, message: t.rateWithoutPercent(String(text).trim(), percent) };
  }
  return { parsed, message: null };
}

function validateKpi(
  choice: KpiChoice,
  index: number,
  input: WizardInput,
  startText: string | null,
  t: ValidationTexts,
  language: Language,
  today: string | undefined,
): FieldMessage[] {
  const messages: FieldMessage[] = [];
  const field = (name: string) => `kpis.${index}.${name}`;
  const add = (name: string, message: string) => messages.push({ field: field(name), message });
  if (!isTrackableKpiId(choice.kpiId)) add('kpiId', t.unknownKpi(String(choice.kpiId)));
  if (!input.businessGoals.some((goal) => goal.id === choice.businessGoalId)) add('businessGoalId', t.kpiGoal);
  if (!SOCIAL_GOALS.includes(choice.socialGoal)) add('socialGoal', t.socialGoal);
  if (!CHANNELS.includes(choice.channel)) add('channel', t.channel);
  if (!CADENCES.includes(choice.cadence)) add('cadence', t.cadence);

  const baseline = checkNumber(choice, choice.baseline, language, t);
  if (baseline.message) add('baseline', baseline.message);
  else if (baseline.parsed.kind === 'blank') add('baseline', t.baselineMissing);
  const target = checkNumber(choice, choice.target, language, t);
  if (target.message) add('target', target.message);
  else if (target.parsed.kind === 'blank') add('target', t.notSmartTarget);
  else if (
    baseline.parsed.kind === 'ok' &&
    target.parsed.kind === 'ok' &&
    baseline.parsed.value === target.parsed.value
  ) {
    add('target', t.targetEqualsBaseline);
  }

  const deadline = parseIsoDate(String(choice.deadline ?? ''));
  if (deadline.kind === 'blank') add('deadline', t.notSmartDeadline);
  else if (deadline.kind === 'invalid') add('deadline', t.notADate(String(choice.deadline).trim()));
  else if (startText !== null && String(choice.deadline).trim() <= startText) {
    const text = String(choice.deadline).trim();
    const [shown, start] = [displayDate(text, language), displayDate(startText, language)];
    if (text === startText) add('deadline', t.deadlineIsStart(start));
    else if (today !== undefined && text < today) add('deadline', t.deadlinePassed(shown, start));
    else add('deadline', t.deadlineBeforeStart(shown, start));
  }
  return messages;
}

/**
 * Every problem with the input, per field, in the input's language. Empty means valid. `today`
 * ('YYYY-MM-DD') only changes wording: a deadline before it is said to have passed.
 */
export function validateWizardInput(input: WizardInput, today?: string): FieldMessage[] {
  const language = languageOf(input);
  const t = VALIDATION_TEXTS[language];
  const messages: FieldMessage[] = [];
  const goals = Array.isArray(input.businessGoals) ? input.businessGoals : [];
  const kpis = Array.isArray(input.kpis) ? input.kpis : [];
  if (goals.length === 0) messages.push({ field: 'businessGoals', message: t.noGoal });
  const goalIds = new Set<string>();
  goals.forEach((goal, index) => {
    // Two goals with one id would share their KPI rows.
    if (goalIds.has(goal.id)) messages.push({ field: `businessGoals.${index}`, message: t.duplicateGoal });
    goalIds.add(goal.id);
    if (!BUSINESS_GOAL_KINDS.includes(goal.kind))
      messages.push({ field: `businessGoals.${index}.kind`, message: t.goalKind });
    if (String(goal.name ?? '').trim() === '')
      messages.push({ field: `businessGoals.${index}.name`, message: t.goalName });
  });

  const start = parseIsoDate(String(input.startDate ?? ''));
  if (start.kind !== 'ok') {
    const text = String(input.startDate ?? '').trim();
    messages.push({ field: 'startDate', message: start.kind === 'blank' ? t.startDate : t.notADate(text) });
  }
  if (!REVIEW_INTERVALS.includes(input.reviewIntervalMonths)) {
    messages.push({ field: 'reviewIntervalMonths', message: t.reviewInterval });
  }

  if (kpis.length === 0) messages.push({ field: 'kpis', message: t.noKpi });
  // ISO dates compare as text, so the start date stays a string here.
  const startText = start.kind === 'ok' ? String(input.startDate).trim() : null;
  const seen = new Set<string>();
  kpis.forEach((choice, index) => {
    messages.push(...validateKpi(choice, index, { ...input, businessGoals: goals }, startText, t, language, today));
    const key = kpiRowKey(choice);
    if (seen.has(key)) messages.push({ field: `kpis.${index}.channel`, message: t.duplicateKpi });
    seen.add(key);
  });
  return messages;
}
