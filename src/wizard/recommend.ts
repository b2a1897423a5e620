/**
 * recommend(): from the chosen business goals and the "be critical" answers to the KPIs worth
 * tracking, per social-media goal, each with a one-line reason in the user's language; plus the
 * KPIs an answer rules out, and vanity warnings for chosen KPIs that serve none of the goals.
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
import { CRITICAL_QUESTIONS, GOAL_TAXONOMY, QUESTION_EFFECTS, SOCIAL_GOALS } from './taxonomy.ts';
import {
  GOAL_PURPOSE,
  NOT_RECOMMENDED_BECAUSE,
  RECOMMENDED,
  RECOMMENDED_INSTEAD,
  VANITY,
  quoteNames,
} from './recommendTexts.ts';

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

/** Recommendations per social goal (in the order reach, engagement, conversion, loyalty). */
export function recommendKpis(choices: Choices): Recommendation[] {
  const language = choices.language;
  const goals = knownGoals(choices.businessGoals);
  const no = answeredNo(choices.answers);
  const recommendations: Recommendation[] = [];
  for (const socialGoal of SOCIAL_GOALS) {
    const served = goals.filter((goal) => GOAL_TAXONOMY[goal.kind].socialGoal === socialGoal);
    if (served.length === 0) continue;
    // KPI id → the chosen goals it serves, in taxonomy order.
    const candidates = new Map<string, BusinessGoalChoice[]>();
    for (const goal of served) {
      for (const kpiId of GOAL_TAXONOMY[goal.kind].kpis)
        candidates.set(kpiId, [...(candidates.get(kpiId) ?? []), goal]);
    }
    const addedBy = new Map<string, CriticalQuestionId>();
    for (const question of no) {
      const effect = QUESTION_EFFECTS[question];
      if (effect.forSocialGoal !== socialGoal) continue;
      for (const kpiId of effect.adds) if (!candidates.has(kpiId)) addedBy.set(kpiId, question);
    }
    const kpis: RecommendedKpi[] = [];
    const notRecommended: RecommendedKpi[] = [];
    for (const kpiId of [...candidates.keys(), ...addedBy.keys()]) {
      const excludedBy = no.find((question) => QUESTION_EFFECTS[question].excludes.includes(kpiId));
      const name = kpiName(kpiId, language);
      if (excludedBy !== undefined) {
        notRecommended.push({ kpiId, reason: `${name}: ${NOT_RECOMMENDED_BECAUSE[language][excludedBy]}` });
      } else if (addedBy.has(kpiId)) {
        kpis.push({ kpiId, reason: RECOMMENDED_INSTEAD[language](name) });
      } else {
        const goalsServed = candidates.get(kpiId) ?? [];
        const purpose = GOAL_PURPOSE[language][goalsServed[0].kind];
        const names = quoteNames(
          goalsServed.map((goal) => goal.name.trim() || goal.kind),
          language,
        );
        kpis.push({ kpiId, reason: RECOMMENDED[language](name, purpose, names) });
      }
    }
    recommendations.push({ socialGoal, businessGoalIds: served.map((goal) => goal.id), kpis, notRecommended });
  }
  return recommendations;
}

/**
 * Chosen KPIs that serve none of the chosen business goals: vanity here (vanity depends on the
 * goal, not on the metric). When the articles name the KPI as vanity for a chosen goal, the
 * warning says so for that goal.
 */
export function vanityWarnings(choices: Choices): VanityWarning[] {
  const language = choices.language;
  const goals = knownGoals(choices.businessGoals);
  if (goals.length === 0) return [];
  const recommended = new Set(
    recommendKpis(choices).flatMap((r) => [...r.kpis, ...r.notRecommended].map((k) => k.kpiId)),
  );
  const warnings: VanityWarning[] = [];
  const seen = new Set<string>();
  for (const choice of choices.kpis ?? []) {
    const kpiId = choice.kpiId;
    if (seen.has(kpiId) || recommended.has(kpiId) || findKpi(kpiId) === undefined) continue;
    seen.add(kpiId);
    const namedFor = goals.filter((goal) => GOAL_TAXONOMY[goal.kind].vanity.includes(kpiId));
    const about = namedFor.length > 0 ? namedFor : goals;
    const names = quoteNames(
      about.map((goal) => goal.name.trim() || goal.kind),
      language,
    );
    warnings.push({ kpiId, reason: VANITY[language](kpiName(kpiId, language), names, namedFor.length > 0) });
  }
  return warnings;
}

/** Recommendations and vanity warnings together, as the sidebar shows them. */
export function recommend(choices: Choices): RecommendResult {
  return { recommendations: recommendKpis(choices), vanity: vanityWarnings(choices) };
}
