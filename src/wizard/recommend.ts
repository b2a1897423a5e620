/**
 * recommend(): from the chosen business goals and the "be critical" answers to the KPIs worth
 * tracking, per social-media goal, each with what it shows for its goal, in the user's language;
 * plus the KPIs an answer rules out, and vanity warnings for chosen KPIs that do not serve the goal
 * they are filed under.
 */
import { findKpi } from '../catalog/kpis.ts';
import type { Language } from '../catalog/types.ts';
import type {
  BusinessGoalChoice,
  CriticalQuestionId,
  Recommendation,
  RecommendedKpi,
  VanityWarning,
  WizardInput,
} from '../shared/wizardApi.ts';
import { CRITICAL_QUESTIONS, GOAL_TAXONOMY, QUESTION_EFFECTS, SOCIAL_GOALS, goalReason } from './taxonomy.ts';
import { NOT_RECOMMENDED_BECAUSE, RECOMMENDED_INSTEAD, VANITY, quoteNames } from './recommendTexts.ts';

type Choices = Pick<WizardInput, 'language' | 'businessGoals' | 'answers'> & Partial<Pick<WizardInput, 'kpis'>>;

export interface RecommendResult {
  recommendations: Recommendation[];
  vanity: VanityWarning[];
}

function kpiName(kpiId: string, language: Language): string {
  return findKpi(kpiId)?.text[language].name ?? kpiId;
}

/** The questions answered "no": only a clear no changes anything; unanswered changes nothing. */
function answeredNo(answers: WizardInput['answers']): CriticalQuestionId[] {
  return CRITICAL_QUESTIONS.filter((id) => answers?.[id] === false);
}

function knownGoals(goals: readonly BusinessGoalChoice[]): BusinessGoalChoice[] {
  return goals.filter((goal) => Object.prototype.hasOwnProperty.call(GOAL_TAXONOMY, goal.kind));
}

/** A KPI serves a goal when the taxonomy lists it for it, or a "no" answer recommends it for its social goal. */
function serves(goal: BusinessGoalChoice, kpiId: string, no: readonly CriticalQuestionId[]): boolean {
  const { kpis, socialGoal } = GOAL_TAXONOMY[goal.kind];
  if (kpis.includes(kpiId)) return true;
  return no.some((question) => {
    const effect = QUESTION_EFFECTS[question];
    return effect.forSocialGoal === socialGoal && effect.adds.includes(kpiId);
  });
}

function goalName(goal: BusinessGoalChoice): string {
  return goal.name.trim() || goal.kind;
}

/** Recommendations per social goal (in the order reach, engagement, conversion, loyalty). */
export function recommendKpis(choices: Choices): Recommendation[] {
  const language = choices.language;
  const goals = knownGoals(choices.businessGoals);
  const no = answeredNo(choices.answers);
  const recommendations: Recommendation[] = [];
  for (const socialGoal of SOCIAL_GOALS) {
    const served = goals.filter((goal) => GOAL_TAXONOMY[goal.kind].socialGoal === socialGoal);
    if (served.length === 0) continue;
    // KPI id → the first chosen goal it serves: the one it is recommended for and filed under.
    const candidates = new Map<string, BusinessGoalChoice>();
    for (const goal of served) {
      for (const kpiId of GOAL_TAXONOMY[goal.kind].kpis) if (!candidates.has(kpiId)) candidates.set(kpiId, goal);
    }
    const addedBy = new Map<string, CriticalQuestionId>();
    for (const question of no) {
      const effect = QUESTION_EFFECTS[question];
      if (effect.forSocialGoal !== socialGoal) continue;
      for (const kpiId of effect.adds) if (!candidates.has(kpiId)) addedBy.set(kpiId, question);
    }
    // With two goals in one section (sales and leads), each reason says which goal it is about.
    const named = (goal: BusinessGoalChoice, reason: string): string =>
      served.length > 1 ? `${reason} (${quoteNames([goalName(goal)], language)})` : reason;
    const kpis: RecommendedKpi[] = [];
    const notRecommended: RecommendedKpi[] = [];
    for (const kpiId of [...candidates.keys(), ...addedBy.keys()]) {
      const excludedBy = no.find((question) => QUESTION_EFFECTS[question].excludes.includes(kpiId));
      const goal = candidates.get(kpiId) ?? served[0];
      const businessGoalId = goal.id;
      if (excludedBy !== undefined) {
        const reason = `${kpiName(kpiId, language)}: ${NOT_RECOMMENDED_BECAUSE[language][excludedBy]}`;
        notRecommended.push({ kpiId, businessGoalId, reason });
      } else {
        const reason = goalReason(kpiId, goal.kind, language) ?? RECOMMENDED_INSTEAD[language];
        kpis.push({ kpiId, businessGoalId, reason: named(goal, reason) });
      }
    }
    recommendations.push({ socialGoal, businessGoalIds: served.map((goal) => goal.id), kpis, notRecommended });
  }
  return recommendations;
}

/**
 * Chosen KPIs that do not show progress on the goal they are filed under: vanity there (vanity
 * depends on the goal, not on the metric). A KPI is judged against its own goal, so the KPI step
 * and the review say the same; when it serves another chosen goal, the warning says which.
 * KPIs a "be critical" answer ruled out for their goal already say why, and get no warning.
 */
export function vanityWarnings(choices: Choices): VanityWarning[] {
  const language = choices.language;
  const goals = knownGoals(choices.businessGoals);
  const no = answeredNo(choices.answers);
  const warnings: VanityWarning[] = [];
  const seen = new Set<string>();
  for (const { kpiId, businessGoalId } of choices.kpis ?? []) {
    const goal = goals.find((candidate) => candidate.id === businessGoalId);
    const key = `${kpiId}|${businessGoalId}`;
    if (goal === undefined || seen.has(key) || findKpi(kpiId) === undefined || serves(goal, kpiId, no)) continue;
    seen.add(key);
    const other = goals.find((candidate) => serves(candidate, kpiId, no));
    const reason = VANITY[language](
      kpiName(kpiId, language),
      quoteNames([goalName(goal)], language),
      GOAL_TAXONOMY[goal.kind].vanity.includes(kpiId),
      other ? quoteNames([goalName(other)], language) : null,
    );
    warnings.push({ kpiId, businessGoalId, reason });
  }
  return warnings;
}

/** Recommendations and vanity warnings together, as the sidebar shows them. */
export function recommend(choices: Choices): RecommendResult {
  return { recommendations: recommendKpis(choices), vanity: vanityWarnings(choices) };
}
