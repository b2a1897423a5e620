/**
 * Everything the user has entered, kept across steps and language switches. Unticking a goal or a
 * KPI only marks it unchosen, so ticking it again brings back what was typed: back, forward and
 * second thoughts never lose an entry. toWizardInput() turns the chosen part into the wire type.
 */
import { numberAsTyped, retypeNumber } from '../src/wizard/parseTyped.ts';
import type {
  ApplyConflict,
  BusinessGoalKind,
  CriticalQuestionId,
  KpiChoice,
  KpiOption,
  Language,
  ReviewIntervalMonths,
  SocialGoalId,
  WizardBase,
  WizardInput,
  WizardModel,
  WizardPreview,
} from '../src/shared/wizardApi.ts';

export interface GoalDraft {
  id: string;
  kind: BusinessGoalKind;
  name: string;
  chosen: boolean;
}

export interface KpiDraft extends KpiChoice {
  chosen: boolean;
}

export interface Draft {
  language: Language;
  goals: GoalDraft[];
  answers: Record<CriticalQuestionId, boolean | null>;
  /** In the order they were first chosen; unchosen ones keep their entries. */
  kpis: KpiDraft[];
  /** Recommended KPIs already offered once: only the first offer ticks them. */
  offered: string[];
  /** KPIs this session ticked by itself (not the user): those a "be critical" answer may untick again. */
  preTicked: string[];
  /** KPIs the user ticked or unticked by hand: recommendations never change those again. */
  touched: string[];
  /** Goals of the existing map: their KPIs were decided at the last run, so nothing is pre-ticked for them. */
  decidedGoalIds: string[];
  startDate: string;
  reviewIntervalMonths: ReviewIntervalMonths;
  /** What the map held when the wizard was opened (sent with every apply, see concurrentMerge.ts). */
  base?: WizardBase;
}

function unusedGoalId(goals: readonly GoalDraft[]): string {
  for (let n = goals.length + 1; ; n++) if (!goals.some((goal) => goal.id === `g${n}`)) return `g${n}`;
}

/** A fresh draft, or the current map's choices when the spreadsheet already has one. */
export function draftFromModel(model: WizardModel): Draft {
  const current = model.current;
  const goals: GoalDraft[] = (current?.businessGoals ?? []).map((goal) => ({ ...goal, chosen: true }));
  for (const option of model.businessGoals) {
    if (!goals.some((goal) => goal.kind === option.id)) {
      goals.push({ id: unusedGoalId(goals), kind: option.id, name: option.name, chosen: false });
    }
  }
  const order = model.businessGoals.map((option) => option.id);
  goals.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return {
    language: model.language,
    goals,
    answers: {
      sellsOnSocial: null,
      paidAds: null,
      serviceOnSocial: null,
      surveys: null,
      webAnalytics: null,
      ...current?.answers,
    },
    kpis: (current?.kpis ?? []).map((kpi) => ({ ...kpi, chosen: true })),
    offered: [],
    preTicked: [],
    touched: [],
    decidedGoalIds: (current?.businessGoals ?? []).map((goal) => goal.id),
    startDate: current?.startDate ?? model.today,
    reviewIntervalMonths: current?.reviewIntervalMonths ?? 6,
    ...(current?.base ? { base: current.base } : {}),
  };
}

/**
 * After a language switch: every typed baseline and target shown in the new language's format,
 * meaning the same number ("3.5%" becomes "3,5%" in Danish). A value the user did not touch is
 * shown from the number the map holds, so it is never re-read from text.
 */
export function retypeNumbers(draft: Draft, from: Language, to: Language, options: readonly KpiOption[]): void {
  for (const kpi of draft.kpis) {
    const percent = options.find((option) => option.id === kpi.kpiId)?.unit === 'fraction';
    for (const field of ['baseline', 'target'] as const) {
      const opened = kpi.base?.[field];
      kpi[field] =
        typeof opened === 'number' && kpi[field] === numberAsTyped(opened, percent, from)
          ? numberAsTyped(opened, percent, to)
          : retypeNumber(kpi[field], from, to);
    }
  }
}

/** The value at a conflict's field ('kpis.2.target', 'businessGoals.0.name', 'startDate') set to the sheet's. */
function takeTheirs(input: WizardInput, conflict: ApplyConflict): void {
  const [head, index, field] = conflict.field.split('.');
  if (head === 'kpis' && field === undefined) {
    // A KPI retired elsewhere: taking the sheet's leaves it retired.
    input.kpis[Number(index)] = null as unknown as KpiChoice;
    return;
  }
  const target = (
    field === undefined ? input : (input[head as 'kpis' | 'businessGoals'][Number(index)] as unknown)
  ) as Record<string, unknown>;
  target[field ?? head] = conflict.theirsValue;
}

/**
 * The draft brought up to date with the sheet after an apply found changes made elsewhere: the
 * merged input (`rebased`), with the sheet's value for each conflict the user chose to give up.
 */
export function adoptRebased(
  draft: Draft,
  rebased: WizardInput,
  conflicts: readonly ApplyConflict[],
  takeSheets: ReadonlySet<string>,
): void {
  const merged: WizardInput = JSON.parse(JSON.stringify(rebased)) as WizardInput;
  for (const conflict of conflicts) if (takeSheets.has(conflict.field)) takeTheirs(merged, conflict);
  merged.kpis = merged.kpis.filter((kpi) => kpi !== null);
  for (const goal of draft.goals) goal.chosen = false;
  for (const goal of merged.businessGoals) {
    const existing = draft.goals.find((candidate) => candidate.id === goal.id);
    if (existing) Object.assign(existing, goal, { chosen: true });
    else draft.goals.push({ ...goal, chosen: true });
  }
  for (const kpi of draft.kpis) kpi.chosen = false;
  for (const kpi of merged.kpis) {
    const existing = draft.kpis.find((candidate) => candidate.kpiId === kpi.kpiId);
    if (existing) Object.assign(existing, kpi, { chosen: true });
    else draft.kpis.push({ ...kpi, chosen: true });
  }
  draft.answers = { ...merged.answers };
  draft.startDate = merged.startDate;
  draft.reviewIntervalMonths = merged.reviewIntervalMonths;
  draft.decidedGoalIds = merged.businessGoals.map((goal) => goal.id);
  if (merged.base) draft.base = merged.base;
}

export function chosenGoals(draft: Draft): GoalDraft[] {
  return draft.goals.filter((goal) => goal.chosen);
}

export function chosenKpis(draft: Draft): KpiDraft[] {
  return draft.kpis.filter((kpi) => kpi.chosen);
}

export function toWizardInput(draft: Draft): WizardInput {
  return {
    language: draft.language,
    businessGoals: chosenGoals(draft).map(({ id, kind, name }) => ({ id, kind, name })),
    answers: { ...draft.answers },
    kpis: chosenKpis(draft).map(({ chosen: _chosen, ...choice }) => choice),
    startDate: draft.startDate,
    reviewIntervalMonths: draft.reviewIntervalMonths,
    ...(draft.base ? { base: draft.base } : {}),
  };
}

/** Ticks a KPI, bringing back its earlier entries when it was chosen before. */
export function chooseKpi(
  draft: Draft,
  option: KpiOption,
  socialGoal: SocialGoalId,
  businessGoalId: string | undefined,
): void {
  const existing = draft.kpis.find((kpi) => kpi.kpiId === option.id);
  const goalIds = chosenGoals(draft).map((goal) => goal.id);
  if (existing) {
    existing.chosen = true;
    if (!goalIds.includes(existing.businessGoalId)) existing.businessGoalId = businessGoalId ?? goalIds[0] ?? '';
    return;
  }
  draft.kpis.push({
    kpiId: option.id,
    businessGoalId: businessGoalId ?? goalIds[0] ?? '',
    socialGoal,
    channel: 'all',
    baseline: '',
    target: '',
    deadline: '',
    owner: '',
    cadence: 'monthly',
    notes: '',
    chosen: true,
  });
}

export function unchooseKpi(draft: Draft, kpiId: string): void {
  const existing = draft.kpis.find((kpi) => kpi.kpiId === kpiId);
  if (existing) existing.chosen = false;
}

export function isChosen(draft: Draft, kpiId: string): boolean {
  return draft.kpis.some((kpi) => kpi.kpiId === kpiId && kpi.chosen);
}

/**
 * Pre-ticks each recommended KPI the first time it is offered (unless its goals were decided at
 * the last run), and unticks a KPI that was only pre-ticked once a "be critical" answer rules it
 * out. Whatever the user ticked or unticked by hand stays as they left it.
 */
export function offerRecommendations(draft: Draft, preview: WizardPreview, options: readonly KpiOption[]): void {
  for (const recommendation of preview.recommendations) {
    const decided = recommendation.businessGoalIds.every((id) => draft.decidedGoalIds.includes(id));
    for (const { kpiId, businessGoalId } of recommendation.kpis) {
      if (draft.offered.includes(kpiId)) continue;
      draft.offered.push(kpiId);
      const option = options.find((candidate) => candidate.id === kpiId);
      if (!decided && option && !draft.touched.includes(kpiId)) {
        chooseKpi(draft, option, recommendation.socialGoal, businessGoalId);
        draft.preTicked.push(kpiId);
      }
    }
    for (const { kpiId } of recommendation.notRecommended) {
      if (draft.touched.includes(kpiId) || !draft.preTicked.includes(kpiId)) continue;
      unchooseKpi(draft, kpiId);
      // Offered afresh if a changed answer recommends it again.
      draft.preTicked = draft.preTicked.filter((id) => id !== kpiId);
      draft.offered = draft.offered.filter((id) => id !== kpiId);
    }
  }
  // A KPI whose goal was unticked moves to a chosen goal of its social goal.
  const goalIds = chosenGoals(draft).map((goal) => goal.id);
  for (const kpi of draft.kpis) {
    if (goalIds.includes(kpi.businessGoalId)) continue;
    const recommendation = preview.recommendations.find((candidate) => candidate.socialGoal === kpi.socialGoal);
    const recommended = recommendation?.kpis.find((candidate) => candidate.kpiId === kpi.kpiId);
    kpi.businessGoalId =
      recommended?.businessGoalId ?? recommendation?.businessGoalIds[0] ?? goalIds[0] ?? kpi.businessGoalId;
  }
}
