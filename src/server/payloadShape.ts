/**
 * The shape check every server entry point runs on what google.script.run hands it, before anything
 * else: google.script.run passes whatever a page sends, so a tampered or outdated sidebar may send
 * null, a number where text belongs, or a megabyte of notes. A payload of the wrong shape is refused
 * with messages that name the field, in the payload's language (else the user's); nothing is read
 * from it beyond the check, and nothing is written. What passes is a fresh copy holding only the
 * fields the wire type has, each of the type it declares, within FIELD_LIMITS.
 *
 * The check of a wire type is a Shape<T>: one check per field of T, so a field added to T without a
 * check here is a type error. Choices from the wizard's lists (kind, channel, cadence, KPI id...) are
 * only checked to be short text here; validateWizardInput (src/wizard/validate.ts) says when one is
 * not on its list, as it does for the sidebar.
 */
import { LANGUAGES, type Language } from '../catalog/types.ts';
import { FIELD_LIMITS, GOAL_ID_PATTERN, SHEETS_CELL_LIMIT } from '../shared/fieldLimits.ts';
import type {
  BusinessGoalChoice,
  FieldMessage,
  KpiBase,
  KpiChoice,
  WizardBase,
  WizardInput,
} from '../shared/wizardApi.ts';
import {
  formatCount,
  PAYLOAD_TEXTS,
  type CappedList,
  type LabelledField,
  type PayloadTexts,
  type ValueKind,
} from './payloadTexts.ts';

/** A refused payload's message, made once its language is known. */
interface Problem {
  field: string;
  message: (t: PayloadTexts, count: (n: number) => string) => string;
}

/** Checks one value at a field path, adds what is wrong to `problems`, returns the checked copy. */
export type Check<T> = (value: unknown, field: string, problems: Problem[]) => T;

/** One check per field of T: a field of the wire type without a check does not compile. */
export type Shape<T> = { [Key in keyof T]-?: Check<T[Key]> };

/** Thrown by an entry point whose only answer channel is an exception (getWizardModel). */
export class PayloadError extends Error {
  readonly messages: FieldMessage[];
  constructor(messages: FieldMessage[]) {
    super(messages.map((message) => message.message).join(' '));
    this.name = 'PayloadError';
    this.messages = messages;
  }
}

/** At most this many messages per refusal: the first ones tell what is wrong. */
const MAX_MESSAGES = 20;

function kindOf(value: unknown): ValueKind {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

/** How a message names a field: its path, e.g. 'kpis.2.kpiId'; the whole payload by its label. */
function named(t: PayloadTexts, field: string): string {
  return field === '' ? t.labels.input : field;
}

function wrongKind(field: string, expected: ValueKind, value: unknown): Problem {
  return {
    field,
    message: (t) =>
      value === undefined
        ? t.missing(named(t, field))
        : t.wrongKind(named(t, field), t.kinds[expected], t.kinds[kindOf(value)]),
  };
}

/** A text of at most `limit` characters; a labelled field is named as the sidebar labels it. */
export function text(limit: number, label?: LabelledField): Check<string> {
  return (value, field, problems) => {
    if (typeof value !== 'string') {
      problems.push(wrongKind(field, 'text', value));
      return '';
    }
    if (value.length > limit) {
      problems.push({
        field,
        message: (t, count) => t.tooLong(label ? t.labels[label] : field, count(limit), count(value.length)),
      });
    }
    return value;
  };
}

/** Text that is one of a few fixed values (the wire type's string literals). */
export function oneOf<Value extends string>(
  values: readonly Value[],
  message: (t: PayloadTexts, field: string, shown: string) => string,
): Check<Value> {
  return (value, field, problems) => {
    if (typeof value !== 'string') problems.push(wrongKind(field, 'text', value));
    else if (!values.includes(value as Value)) {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      problems.push({ field, message: (t) => message(t, field, shown) });
    }
    return value as Value;
  };
}

/** A finite number (its value is for validateWizardInput to judge). */
export const finiteNumber: Check<number> = (value, field, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(wrongKind(field, 'number', value));
  return value as number;
};

/** true, false or null (null: not answered). */
export const yesNo: Check<boolean | null> = (value, field, problems) => {
  if (value !== true && value !== false && value !== null) problems.push(wrongKind(field, 'yesNo', value));
  return value as boolean | null;
};

/** A business goal's id (GOAL_ID_PATTERN): never null, a number, or text with '|'. */
export const goalId: Check<string> = (value, field, problems) => {
  if (typeof value !== 'string') problems.push(wrongKind(field, 'text', value));
  else if (!GOAL_ID_PATTERN.test(value)) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    problems.push({ field, message: (t) => t.goalId(field, shown) });
  }
  return value as string;
};

/** A field the payload may leave out (undefined); when present, `check` applies. For optional wire fields. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, field, problems) => (value === undefined ? undefined : check(value, field, problems));
}

/** A list of at most `limit` items, each checked by `item`. */
export function listOf<T>(item: Check<T>, limit: number, name: CappedList): Check<T[]> {
  return (value, field, problems) => {
    if (!Array.isArray(value)) {
      problems.push(wrongKind(field, 'list', value));
      return [];
    }
    if (value.length > limit) {
      problems.push({ field, message: (t, count) => t.tooMany(t.lists[name], count(limit), count(value.length)) });
      return [];
    }
    // Index by index: a hole in a sparse list is checked (as nothing) too.
    return Array.from({ length: value.length }, (_, index) => item(value[index], `${field}.${index}`, problems));
  };
}

/** An object with exactly the shape's fields (others are dropped), each checked. */
export function fields<T>(shape: Shape<T>): Check<T> {
  return (value, field, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(wrongKind(field, 'object', value));
      return {} as T;
    }
    const checked = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const own = Object.prototype.hasOwnProperty.call(value, key)
        ? (value as Record<string, unknown>)[key]
        : undefined;
      checked[key] = shape[key](own, field === '' ? key : `${field}.${key}`, problems);
    }
    return checked;
  };
}

const language = oneOf(LANGUAGES, (t, field, shown) => t.language(field, shown));
const choice = text(FIELD_LIMITS.choice);

const BUSINESS_GOAL: Shape<BusinessGoalChoice> = {
  id: goalId,
  kind: choice as Check<BusinessGoalChoice['kind']>,
  name: text(FIELD_LIMITS.goalName, 'goalName'),
};

/** A copy of a sheet cell the wizard was opened on: at most what a cell holds. */
const cellText = text(SHEETS_CELL_LIMIT);

/** A number cell as read: its number, its text when it holds text, null when blank. */
const cellNumber: Check<number | string | null> = (value, field, problems) => {
  if (value === null) return null;
  if (typeof value === 'string') return cellText(value, field, problems);
  return finiteNumber(value, field, problems);
};

/** A KPI row's cells as the wizard read them (h4's three-way merge, src/wizard/concurrentMerge.ts). */
const KPI_BASE: Shape<KpiBase> = {
  businessGoalId: choice,
  channel: choice as Check<KpiBase['channel']>,
  baseline: cellNumber,
  target: cellNumber,
  deadline: cellText,
  owner: cellText,
  cadence: choice as Check<KpiBase['cadence']>,
  notes: cellText,
};

const KPI: Shape<KpiChoice> = {
  kpiId: choice,
  businessGoalId: choice,
  socialGoal: choice as Check<KpiChoice['socialGoal']>,
  channel: choice as Check<KpiChoice['channel']>,
  baseline: text(FIELD_LIMITS.number, 'baseline'),
  target: text(FIELD_LIMITS.number, 'target'),
  deadline: text(FIELD_LIMITS.date, 'deadline'),
  owner: text(FIELD_LIMITS.owner, 'owner'),
  cadence: choice as Check<KpiChoice['cadence']>,
  notes: text(FIELD_LIMITS.notes, 'notes'),
  base: optional(fields(KPI_BASE)),
};

const ANSWERS: Shape<WizardInput['answers']> = {
  sellsOnSocial: yesNo,
  paidAds: yesNo,
  serviceOnSocial: yesNo,
  surveys: yesNo,
  webAnalytics: yesNo,
};

/** The map's choices as the wizard was opened on them. */
const WIZARD_BASE: Shape<WizardBase> = {
  rows: listOf(cellText, FIELD_LIMITS.kpis, 'baseRows'),
  businessGoals: listOf(fields(BUSINESS_GOAL), FIELD_LIMITS.businessGoals, 'businessGoals'),
  answers: fields(ANSWERS),
  startDate: text(FIELD_LIMITS.date, 'startDate'),
  reviewIntervalMonths: finiteNumber as Check<WizardBase['reviewIntervalMonths']>,
};

/** The shape of WizardInput, the payload of previewWizard and applyWizard. */
export const WIZARD_INPUT: Shape<WizardInput> = {
  language,
  businessGoals: listOf(fields(BUSINESS_GOAL), FIELD_LIMITS.businessGoals, 'businessGoals'),
  answers: fields(ANSWERS),
  kpis: listOf(fields(KPI), FIELD_LIMITS.kpis, 'kpis'),
  startDate: text(FIELD_LIMITS.date, 'startDate'),
  reviewIntervalMonths: finiteNumber as Check<WizardInput['reviewIntervalMonths']>,
  base: optional(fields(WIZARD_BASE)),
};

export type Checked<T> = { ok: true; value: T } | { ok: false; language: Language; messages: FieldMessage[] };

/**
 * Checks a payload against a shape. Messages are in the payload's own `language` field when it has a
 * valid one, else in `fallback` (the user's language). The whole payload is named 'input'.
 */
export function checkPayload<T>(check: Check<T>, payload: unknown, fallback: Language): Checked<T> {
  const problems: Problem[] = [];
  const value = check(payload, '', problems);
  if (problems.length === 0) return { ok: true, value };
  const own = (payload as { language?: unknown } | null)?.language;
  const chosen = LANGUAGES.includes(own as Language) ? (own as Language) : fallback;
  const t = PAYLOAD_TEXTS[chosen];
  const count = (n: number) => formatCount(n, chosen);
  const messages = problems.slice(0, MAX_MESSAGES).map((problem) => ({
    field: problem.field === '' ? 'input' : problem.field,
    message: problem.message(t, count),
  }));
  return { ok: false, language: chosen, messages };
}

/** previewWizard's and applyWizard's payload. */
export function checkWizardInput(payload: unknown, fallback: Language): Checked<WizardInput> {
  return checkPayload(fields(WIZARD_INPUT), payload, fallback);
}

/** getWizardModel's argument: null (or left out) for the default language, else en, da or nl. */
export function checkLanguageArgument(payload: unknown, fallback: Language): Language | null {
  if (payload === null || payload === undefined) return null;
  const checked = checkPayload(fields({ language }), { language: payload }, fallback);
  if (!checked.ok) throw new PayloadError(checked.messages);
  return checked.value.language;
}
