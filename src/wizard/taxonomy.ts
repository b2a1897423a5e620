/**
 * The goal taxonomy the wizard starts from (the method of the two source articles the add-on is based on: business goals → social-media goals → KPIs): which
 * social-media goal and which KPIs serve each kind of business goal, which KPIs are vanity for it,
 * and how each "be critical" answer changes the recommendations. Plain data; the texts are in
 * taxonomyTexts.ts. Every KPI id here is a TRACKABLE_KPIS id (test/taxonomy.test.ts proves it).
 */
import type {
  BusinessGoalKind,
  Cadence,
  ChannelId,
  CriticalQuestionId,
  ReviewIntervalMonths,
  SocialGoalId,
} from '../shared/wizardApi.ts';
import type { KpiDefinition, KpiFamily } from '../catalog/types.ts';

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

export interface BusinessGoalTaxonomy {
  /** The social-media goal that serves this business goal. */
  socialGoal: SocialGoalId;
  /** The KPIs that measure it, most telling first. */
  kpis: readonly string[];
  /** KPIs that look good but do not show progress on this goal (vanity here: the articles judge a KPI against the goal it serves). */
  vanity: readonly string[];
}

// Kept literal, so every (goal, KPI) pair must have its reason in recommendTexts.ts or nothing compiles.
const TAXONOMY = {
  awareness: {
    socialGoal: 'reach',
    kpis: [
      'follower_count',
      'impressions',
      'audience_growth_rate',
      'post_reach_rate',
      'potential_reach',
      'mentions',
      'shares',
      'share_of_voice',
    ],
    vanity: [],
  },
  community: {
    socialGoal: 'engagement',
    kpis: [
      'engagement_rate',
      'likes',
      'comments',
      'shares',
      'reviews',
      'applause_rate',
      'amplification_rate',
      'inbound_clicks',
    ],
    vanity: ['follower_count'],
  },
  sales: {
    socialGoal: 'conversion',
    kpis: ['revenue', 'conversion_rate', 'ctr', 'cpc', 'cpm', 'bounce_rate', 'roi', 'customer_lifetime_value'],
    vanity: ['follower_count', 'likes', 'impressions'],
  },
  leads: {
    socialGoal: 'conversion',
    kpis: ['lead_conversion_rate', 'conversion_rate', 'ctr', 'cpc'],
    vanity: ['revenue', 'follower_count'],
  },
  service: {
    socialGoal: 'loyalty',
    kpis: ['response_time', 'resolution_rate', 'reviews', 'review_rating', 'csat', 'nps', 'support_cost_per_customer'],
    vanity: ['follower_count', 'impressions'],
  },
} as const satisfies Record<BusinessGoalKind, BusinessGoalTaxonomy>;

export const GOAL_TAXONOMY: Record<BusinessGoalKind, BusinessGoalTaxonomy> = TAXONOMY;

/** The KPIs that serve one kind of business goal, as a type. */
export type GoalKpiId<Kind extends BusinessGoalKind> = (typeof TAXONOMY)[Kind]['kpis'][number];

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

export const QUESTION_EFFECTS: Record<CriticalQuestionId, CriticalQuestionEffect> = {
  // 000 "Vær kritisk": when the sale needs a sales team, set a lead-conversion target, not revenue.
  sellsOnSocial: { excludes: ['revenue'], adds: ['lead_conversion_rate'], forSocialGoal: 'conversion' },
  paidAds: { excludes: ['cpc', 'cpm'], adds: [], forSocialGoal: null },
  serviceOnSocial: {
    excludes: ['response_time', 'resolution_rate', 'support_cost_per_customer'],
    adds: [],
    forSocialGoal: null,
  },
  surveys: { excludes: ['csat', 'nps'], adds: [], forSocialGoal: null },
  webAnalytics: { excludes: ['conversion_rate', 'bounce_rate'], adds: [], forSocialGoal: null },
};

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

/** Every KPI id the taxonomy names, for the catalog check. */
export function kpiIdsNamedByTaxonomy(): string[] {
  const ids = new Set<string>();
  for (const goal of Object.values(GOAL_TAXONOMY)) [...goal.kpis, ...goal.vanity].forEach((id) => ids.add(id));
  for (const effect of Object.values(QUESTION_EFFECTS))
    [...effect.excludes, ...effect.adds].forEach((id) => ids.add(id));
  return [...ids];
}
