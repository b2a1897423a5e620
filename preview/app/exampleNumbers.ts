import type { ExampleMonth } from '../../src/catalog/example.ts';
import { INPUTS, type InputName } from '../../src/catalog/inputs.ts';
import type { ChannelId } from '../../src/shared/wizardApi.ts';

/**
 * A realistic year of monthly social-media numbers for one channel, so the KPI map's current
 * values, progress and status come alive in the preview. Deterministic: the same channel and month
 * always give the same numbers (a seeded generator), whatever the day the example is loaded.
 * The numbers hang together (src/catalog/example.ts); each input picks its own from them.
 */

interface ChannelProfile {
  followers: number;
  /** Monthly growth of the following. */
  growth: number;
  impressionsPerFollower: number;
  likeRate: number;
  clickThrough: number;
  adSpend: number;
}

const PROFILES: Record<ChannelId, ChannelProfile> = {
  instagram: {
    followers: 12_400,
    growth: 0.031,
    impressionsPerFollower: 7.5,
    likeRate: 0.062,
    clickThrough: 0.008,
    adSpend: 650,
  },
  facebook: {
    followers: 8_900,
    growth: 0.012,
    impressionsPerFollower: 5.2,
    likeRate: 0.034,
    clickThrough: 0.011,
    adSpend: 820,
  },
  linkedin: {
    followers: 3_200,
    growth: 0.024,
    impressionsPerFollower: 4.1,
    likeRate: 0.041,
    clickThrough: 0.019,
    adSpend: 540,
  },
  x: {
    followers: 5_600,
    growth: 0.006,
    impressionsPerFollower: 6.3,
    likeRate: 0.018,
    clickThrough: 0.007,
    adSpend: 210,
  },
  youtube: {
    followers: 2_100,
    growth: 0.038,
    impressionsPerFollower: 11,
    likeRate: 0.045,
    clickThrough: 0.013,
    adSpend: 300,
  },
  tiktok: {
    followers: 4_800,
    growth: 0.065,
    impressionsPerFollower: 14,
    likeRate: 0.081,
    clickThrough: 0.004,
    adSpend: 380,
  },
  pinterest: {
    followers: 1_500,
    growth: 0.017,
    impressionsPerFollower: 9,
    likeRate: 0.022,
    clickThrough: 0.015,
    adSpend: 120,
  },
  all: {
    followers: 30_100,
    growth: 0.022,
    impressionsPerFollower: 6.4,
    likeRate: 0.046,
    clickThrough: 0.01,
    adSpend: 1_900,
  },
};

/** mulberry32: a tiny seeded generator, good enough for example data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function seedOf(channel: ChannelId, month: number, draw = 0): number {
  let hash = 2_166_136_261;
  for (const ch of `${channel}:${month}:${draw}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16_777_619);
  return hash;
}

const round = (value: number, decimals = 0) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function followersAt(profile: ChannelProfile, channel: ChannelId, month: number): number {
  const wobble = 1 + (seeded(seedOf(channel, month) ^ 0x5eed)() - 0.5) * 0.006;
  return Math.round(profile.followers * (1 + profile.growth) ** month * wobble);
}

export interface ExampleOptions {
  /** CSAT answers are 1–5, NPS answers 0–10. */
  surveyScale?: 5 | 10;
  /** Another respondent or message in the same month (answers sheets have several rows per month). */
  draw?: number;
}

/**
 * Every data input's value for `channel` in month `month` (0 = the first month of the year).
 * received_at and replied_at are days after the first day of the month (with the time of day).
 */
export function exampleMonth(
  channel: ChannelId,
  month: number,
  options: ExampleOptions = {},
): Partial<Record<InputName, number>> {
  const { surveyScale = 5, draw = 0 } = options;
  const profile = PROFILES[channel];
  const random = seeded(seedOf(channel, month, draw));
  const noise = (spread: number) => 1 + (random() - 0.5) * 2 * spread;
  const followers = followersAt(profile, channel, month);
  const previousFollowers =
    month === 0 ? Math.round(followers / (1 + profile.growth)) : followersAt(profile, channel, month - 1);
  // Content gets better over the year: engagement and click-through creep up, bounces down.
  const improving = 1 + month * 0.015;
  const impressions = Math.round(followers * profile.impressionsPerFollower * noise(0.12));
  // Reach of an average post: a share of the followers (post reach rate is reach ÷ followers).
  const reach = Math.round(followers * 0.11 * improving * noise(0.08));
  const likes = Math.round(impressions * 0.34 * profile.likeRate * improving * noise(0.1));
  const comments = Math.round(likes * 0.08 * noise(0.2));
  const shares = Math.round(likes * 0.11 * noise(0.2));
  const saves = Math.round(likes * 0.09 * noise(0.2));
  const clicks = Math.round(impressions * profile.clickThrough * improving * noise(0.1));
  const sessions = Math.round(clicks * 0.91);
  const bounces = Math.round(sessions * (0.53 - month * 0.007) * noise(0.04));
  const conversions = Math.round(sessions * 0.027 * improving * noise(0.15));
  const adSpend = round(profile.adSpend * noise(0.08), 2);
  const revenue = round(conversions * 54.9 * noise(0.1), 2);
  const leads = Math.round(clicks * 0.045 * noise(0.15));
  const raised = Math.max(1, Math.round(followers * 0.0024 * noise(0.2)));
  const brandMentions = Math.round(followers * 0.0041 * improving * noise(0.2));
  const receivedAt = Math.floor(random() * 28) + (9 + Math.floor(random() * 8)) / 24;
  const replyHours = Math.max(0.5, (6.5 - month * 0.35) * noise(0.3));
  const surveyAnswer =
    surveyScale === 10
      ? Math.min(10, Math.max(0, Math.round(7.6 + month * 0.08 + (random() - 0.5) * 5)))
      : Math.min(5, Math.max(1, Math.round(3.9 + month * 0.04 + (random() - 0.5) * 2.4)));
  // The draws below keep the order they always had, so the example numbers stay the same.
  const competitorMentions = Math.round(brandMentions * 1.7 * noise(0.25));
  const customers = Math.round(leads * 0.22 * improving * noise(0.2));
  const avgOrderValue = round(54.9 * noise(0.05), 2);
  const resolved = Math.min(raised, Math.round(raised * Math.min(0.97, 0.8 + month * 0.012) * noise(0.03)));
  const reviews = Math.round(followers * 0.0008 * noise(0.3));
  const reviewRating = round(Math.min(5, 4.1 + month * 0.03 + (random() - 0.5) * 0.2), 1);
  const base: ExampleMonth = {
    followers,
    previousFollowers,
    impressions,
    reach,
    likes,
    comments,
    shares,
    saves,
    clicks,
    sessions,
    bounces,
    conversions,
    adSpend,
    cost: round(adSpend + 420, 2),
    revenue,
    leads,
    customers,
    avgOrderValue,
    brandMentions,
    competitorMentions,
    raised,
    resolved,
    supportCost: round(raised * 6.4, 2),
    reviews,
    reviewRating,
    surveyAnswer,
    receivedAt,
    replyHours,
  };
  // Every input's number comes from its definition (src/catalog/inputs.ts).
  const values: Partial<Record<InputName, number>> = {};
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const example = INPUTS[name].example;
    if (example !== null) values[name] = example(base);
  }
  return values;
}

/** Inputs whose example value is a date-time as days after the first day of the month. */
export const DATE_INPUTS: ReadonlySet<string> = new Set(
  (Object.keys(INPUTS) as InputName[]).filter((name) => INPUTS[name].kind === 'date' && INPUTS[name].example !== null),
);
