/**
 * The goal taxonomy the wizard starts from (the method of the two source articles: business goals →
 * social-media goals → KPIs): which social-media goal and which KPIs serve each kind of business
 * goal, which KPIs are vanity for it, and how each "be critical" answer changes the recommendations.
 * Derived from the KPIs' definitions (their `goals`), so a new KPI joins it by its definition alone;
 * the goals' and questions' texts are in taxonomyTexts.ts.
 */
import type {
  BusinessGoalKind,
  Cadence,
  ChannelId,
  CriticalQuestionId,
  ReviewIntervalMonths,
  SocialGoalId,
} from '../shared/wizardApi.ts';
import { TRACKABLE_KPIS } from '../catalog/kpis.ts';
import type { KpiDefinition, KpiFamily, Language } from '../catalog/types.ts';

export const BUSINESS_GOAL_KINDS: readonly BusinessGoalKind[] = ['awareness', 'community', 'sales', 'leads', 'service'];
export const SOCIAL_GOALS: readonly SocialGoalId[] = ['reach', 'engagement', 'conversion', 'loyalty'];
export const CRITICAL_QUESTIONS: readonly CriticalQuestionId[] = [
  'sellsOnSocial',
  'paidAds',
  'serviceOnSocial',
  'surveys',
  'webAnalytics',
];
export const CHANNELS: readonly ChannelId[] = [
  'all',
  'facebook',
  'instagram',
  'x',
  'linkedin',
  'youtube',
  'tiktok',
  'pinterest',
];
export const CADENCES: readonly Cadence[] = ['weekly', 'monthly', 'bimonthly', 'quarterly'];
export const REVIEW_INTERVALS: readonly ReviewIntervalMonths[] = [3, 6];

/** The social-media goal a catalog family belongs to (000's ROI and 004's conversion are one family). */
const FAMILY_GOAL: Record<Exclude<KpiFamily, 'tracking'>, SocialGoalId> = {
  reach: 'reach',
  engagement: 'engagement',
  conversion: 'conversion',
  roi: 'conversion',
  satisfaction: 'loyalty',
};

/** The social goal a KPI belongs to by nature (a KPI may still serve another goal, e.g. shares for community). */
export function socialGoalOfKpi(kpi: KpiDefinition): SocialGoalId {
  return kpi.family === 'tracking' ? 'reach' : FAMILY_GOAL[kpi.family];
}

export interface BusinessGoalTaxonomy {
  /** The social-media goal that serves this business goal. */
  socialGoal: SocialGoalId;
  /** The KPIs that measure it, most telling first. */
  kpis: readonly string[];
  /** KPIs that look good but do not show progress on this goal (vanity here: the articles judge a KPI against the goal it serves). */
  vanity: readonly string[];
}

/** The social-media goal each kind of business goal is served by. */
const SOCIAL_GOAL_OF: Record<BusinessGoalKind, SocialGoalId> = {
  awareness: 'reach',
  community: 'engagement',
  sales: 'conversion',
  leads: 'conversion',
  service: 'loyalty',
};

function goalTaxonomy(kind: BusinessGoalKind): BusinessGoalTaxonomy {
  const serving = TRACKABLE_KPIS.filter((kpi) => kpi.goals.serves[kind] !== undefined);
  const rank = (kpi: (typeof serving)[number]) => kpi.goals.serves[kind]?.rank ?? 0;
  return {
    socialGoal: SOCIAL_GOAL_OF[kind],
    kpis: [...serving].sort((a, b) => rank(a) - rank(b)).map((kpi) => kpi.id),
    vanity: TRACKABLE_KPIS.filter((kpi) => kpi.goals.vanityFor.includes(kind)).map((kpi) => kpi.id),
  };
}

/** Which KPIs serve each kind of business goal and where they are vanity, read from the KPIs' definitions. */
export const GOAL_TAXONOMY: Record<BusinessGoalKind, BusinessGoalTaxonomy> = {
  awareness: goalTaxonomy('awareness'),
  community: goalTaxonomy('community'),
  sales: goalTaxonomy('sales'),
  leads: goalTaxonomy('leads'),
  service: goalTaxonomy('service'),
};

/** What a KPI shows for one kind of goal, in the user's language; undefined where it does not serve it. */
export function goalReason(kpiId: string, kind: BusinessGoalKind, language: Language): string | undefined {
  return TRACKABLE_KPIS.find((kpi) => kpi.id === kpiId)?.goals.serves[kind]?.why[language];
}

/**
 * How a "no" to a "be critical" question changes the recommendations: the KPIs it rules out
 * (they need something the company does not have) and, for some, the KPI to measure instead.
 * "Not answered" changes nothing.
 */
export interface CriticalQuestionEffect {
  excludes: readonly string[];
  /** Recommended instead, for the business goals whose social goal is `forSocialGoal`. */
  adds: readonly string[];
  forSocialGoal: SocialGoalId | null;
}

/**
 * Each question's effect, read from the KPIs' definitions (`ruledOutBy`, `insteadWhenNo`). 000 "Vær
 * kritisk": when the sale needs a sales team, set a lead-conversion target, not revenue.
 */
function questionEffect(question: CriticalQuestionId): CriticalQuestionEffect {
  const adds = TRACKABLE_KPIS.filter((kpi) => kpi.goals.insteadWhenNo === question);
  return {
    excludes: TRACKABLE_KPIS.filter((kpi) => kpi.goals.ruledOutBy === question).map((kpi) => kpi.id),
    adds: adds.map((kpi) => kpi.id),
    forSocialGoal: adds.length > 0 ? socialGoalOfKpi(adds[0]) : null,
  };
}

export const QUESTION_EFFECTS: Record<CriticalQuestionId, CriticalQuestionEffect> = {
  sellsOnSocial: questionEffect('sellsOnSocial'),
  paidAds: questionEffect('paidAds'),
  serviceOnSocial: questionEffect('serviceOnSocial'),
  surveys: questionEffect('surveys'),
  webAnalytics: questionEffect('webAnalytics'),
};

/** Every KPI id the taxonomy names, for the catalog check. */
export function kpiIdsNamedByTaxonomy(): string[] {
  const ids = new Set<string>();
  for (const goal of Object.values(GOAL_TAXONOMY)) [...goal.kpis, ...goal.vanity].forEach((id) => ids.add(id));
  for (const effect of Object.values(QUESTION_EFFECTS))
    [...effect.excludes, ...effect.adds].forEach((id) => ids.add(id));
  return [...ids];
}
