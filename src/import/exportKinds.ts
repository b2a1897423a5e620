/**
 * The exports the add-on recognises, each as data: the headers that identify it, what one row stands
 * for, its date column and how that column is written, and which "KPI data" input each of its columns
 * fills, with what the column means (a count, people reached, a level at one moment, followers gained).
 * Headers as public parsers show them (../shared/exports/headers.json), compared lower-case and trimmed.
 */
import type { InputName } from '../catalog/inputs.ts';
import type { ChannelId } from '../shared/wizardApi.ts';
import type { ExportGrain, ExportKind } from '../shared/importApi.ts';
import type { DateOrder } from './cellValues.ts';

/**
 * What an export column means, which decides how a period may combine it:
 * - count: things that happened (views, likes, sessions), added up over posts or days;
 * - unique: people counted once per post or per day (reach, unique visitors): never added up over days;
 * - level: a count at one moment (total followers): only the period's latest value;
 * - gained: followers gained without those lost, not the net figure "New followers (net)" holds.
 */
export type Nature = 'count' | 'unique' | 'level' | 'gained';

/** One part of a column rule: an export header, added or subtracted. */
export interface Part {
  header: string;
  sign: 1 | -1;
}

export interface ColumnRule {
  input: InputName;
  nature: Nature;
  /** Alternatives in order of preference; the first whose headers are all there and hold numbers is used. */
  from: Part[][];
}

export interface KindSpec {
  kind: ExportKind;
  grain: ExportGrain;
  /** The channel, or 'bySource' for GA4 (the channel of each row, from its source or channel group). */
  channel: ChannelId | 'bySource';
  /** All must be among the headers (lower-case). */
  required: string[];
  /** None may be among the headers (tells X's overview from its content export). */
  absent?: string[];
  /** Date column alternatives (lower-case), or [] for an export without dates (GA4 by channel group). */
  dateColumns: string[];
  dateOrder: DateOrder;
  /** The time zone a timestamp in the date column is written in (Meta: US Pacific), or null for the platform's day. */
  timeZone: string | null;
  /** The column naming each post, when the same post can appear on several rows. */
  idColumn?: string;
  /** The column naming the account, for the summary. */
  accountColumn?: string;
  /** The account name is shown with an @ (Instagram usernames). */
  accountAt?: boolean;
  /** A row that is a total, not a post or a day (YouTube's "Total"). */
  totalsColumn?: string;
  /** A title line above the headers the export needs, lower-case (Meta's follows). */
  title?: RegExp;
  columns: ColumnRule[];
}

const one = (header: string): Part[] => [{ header, sign: 1 }];
const sum = (...headers: string[]): Part[] => headers.map((header) => ({ header, sign: 1 as const }));
const rule = (input: InputName, nature: Nature, ...from: Part[][]): ColumnRule => ({ input, nature, from });

const PACIFIC = 'America/Los_Angeles';

/** Most exports write month-first dates (US English UI) of the platform's own day, without a time zone. */
const PLATFORM_DAY = { dateOrder: 'mdy', timeZone: null } as const;
/** ... in a column named "Date". */
const BY_DAY = { dateColumns: ['date'], ...PLATFORM_DAY };

/** Meta names the same count Impressions before 2025 and Views after: the first that holds numbers wins. */
const META_VIEWS = [one('impressions'), one('views')];

/** X's content and overview exports share these columns. */
const X_COMMON = [
  rule('impressions', 'count', one('impressions')),
  rule('likes', 'count', one('likes')),
  rule('engagements', 'count', one('engagements')),
  rule('shares', 'count', one('reposts')),
  rule('comments', 'count', one('replies')),
  rule('approvals', 'count', sum('likes', 'bookmarks', 'reposts')),
];

export const KIND_SPECS: KindSpec[] = [
  {
    kind: 'facebookPosts',
    grain: 'posts',
    channel: 'facebook',
    required: ['post id', 'page id', 'publish time'],
    dateColumns: ['publish time'],
    dateOrder: 'mdy',
    timeZone: PACIFIC,
    idColumn: 'post id',
    accountColumn: 'page name',
    columns: [
      rule('impressions', 'count', ...META_VIEWS),
      rule('reach', 'unique', one('reach')),
      rule('likes', 'count', one('reactions')),
      rule('approvals', 'count', one('reactions')),
      rule('comments', 'count', one('comments')),
      rule('shares', 'count', one('shares')),
      rule('engagements', 'count', one('reactions, comments and shares'), sum('reactions', 'comments', 'shares')),
      rule('clicks', 'count', one('link clicks'), one('total clicks')),
    ],
  },
  {
    kind: 'instagramPosts',
    grain: 'posts',
    channel: 'instagram',
    required: ['post id', 'account id', 'publish time'],
    dateColumns: ['publish time'],
    dateOrder: 'mdy',
    timeZone: PACIFIC,
    idColumn: 'post id',
    accountColumn: 'account username',
    accountAt: true,
    columns: [
      rule('impressions', 'count', ...META_VIEWS),
      rule('reach', 'unique', one('reach')),
      rule('likes', 'count', one('likes')),
      rule('comments', 'count', one('comments')),
      rule('shares', 'count', one('shares')),
      rule('approvals', 'count', sum('likes', 'saves')),
      rule('engagements', 'count', sum('likes', 'comments', 'shares', 'saves')),
      rule('new_followers', 'gained', one('follows')),
    ],
  },
  {
    kind: 'metaFollows',
    grain: 'followers',
    channel: 'facebook',
    required: ['date', 'primary'],
    ...BY_DAY,
    title: /(facebook|instagram) follows/,
    columns: [rule('new_followers', 'gained', one('primary'))],
  },
  {
    kind: 'linkedinContent',
    grain: 'days',
    channel: 'linkedin',
    required: ['date', 'impressions (organic)', 'impressions (total)'],
    ...BY_DAY,
    columns: [
      rule('impressions', 'count', one('impressions (total)')),
      rule('reach', 'unique', one('unique impressions (organic)')),
      rule('clicks', 'count', one('clicks (total)')),
      rule('likes', 'count', one('reactions (total)')),
      rule('approvals', 'count', one('reactions (total)')),
      rule('comments', 'count', one('comments (total)')),
      rule('shares', 'count', one('reposts (total)'), one('shares (total)')),
      rule(
        'engagements',
        'count',
        sum('reactions (total)', 'comments (total)', 'reposts (total)'),
        sum('reactions (total)', 'comments (total)', 'shares (total)'),
      ),
    ],
  },
  {
    kind: 'linkedinContent',
    grain: 'posts',
    channel: 'linkedin',
    required: ['created date', 'impressions', 'clicks'],
    dateColumns: ['created date'],
    ...PLATFORM_DAY,
    idColumn: 'post link',
    columns: [
      rule('impressions', 'count', one('impressions')),
      rule('clicks', 'count', one('clicks')),
      rule('likes', 'count', one('likes')),
      rule('approvals', 'count', one('likes')),
      rule('comments', 'count', one('comments')),
      rule('shares', 'count', one('reposts'), one('shares')),
      rule('engagements', 'count', sum('likes', 'comments', 'reposts'), sum('likes', 'comments', 'shares')),
      rule('new_followers', 'gained', one('follows')),
    ],
  },
  {
    kind: 'linkedinFollowers',
    grain: 'followers',
    channel: 'linkedin',
    required: ['date', 'organic followers', 'total followers'],
    ...BY_DAY,
    columns: [rule('new_followers', 'gained', one('total followers'))],
  },
  {
    kind: 'linkedinVisitors',
    grain: 'visitors',
    channel: 'linkedin',
    required: ['date', 'total page views (total)', 'total unique visitors (total)'],
    ...BY_DAY,
    columns: [rule('reach', 'unique', one('total unique visitors (total)'))],
  },
  {
    kind: 'xContent',
    grain: 'posts',
    channel: 'x',
    required: ['post id', 'date', 'impressions'],
    ...BY_DAY,
    idColumn: 'post id',
    columns: [
      ...X_COMMON,
      rule('clicks', 'count', one('url clicks')),
      rule('new_followers', 'gained', one('new follows')),
    ],
  },
  {
    // The legacy tweet activity export: the same, under its old names.
    kind: 'xContent',
    grain: 'posts',
    channel: 'x',
    required: ['tweet id', 'time', 'impressions'],
    dateColumns: ['time'],
    dateOrder: 'mdy',
    timeZone: 'UTC',
    idColumn: 'tweet id',
    columns: [
      rule('impressions', 'count', one('impressions')),
      rule('likes', 'count', one('likes')),
      rule('engagements', 'count', one('engagements')),
      rule('shares', 'count', one('retweets')),
      rule('comments', 'count', one('replies')),
      rule('approvals', 'count', sum('likes', 'retweets')),
      rule('clicks', 'count', one('url clicks')),
      rule('new_followers', 'gained', one('follows')),
    ],
  },
  {
    kind: 'xOverview',
    grain: 'days',
    channel: 'x',
    required: ['date', 'impressions', 'new follows', 'unfollows'],
    absent: ['post id'],
    ...BY_DAY,
    columns: [
      ...X_COMMON,
      rule('new_followers', 'count', [
        { header: 'new follows', sign: 1 },
        { header: 'unfollows', sign: -1 },
      ]),
    ],
  },
  {
    kind: 'tiktokVideos',
    grain: 'posts',
    channel: 'tiktok',
    required: ['video title', 'post time', 'video views'],
    dateColumns: ['post time'],
    ...PLATFORM_DAY,
    idColumn: 'video link',
    columns: [
      rule('likes', 'count', one('likes')),
      rule('comments', 'count', one('comments')),
      rule('shares', 'count', one('shares')),
      rule('approvals', 'count', sum('likes', 'add to favorites')),
      rule('engagements', 'count', sum('likes', 'comments', 'shares')),
    ],
  },
  {
    kind: 'tiktokOverview',
    grain: 'days',
    channel: 'tiktok',
    required: ['date', 'video views', 'profile views'],
    ...BY_DAY,
    columns: [
      rule('likes', 'count', one('likes')),
      rule('comments', 'count', one('comments')),
      rule('shares', 'count', one('shares')),
      rule('engagements', 'count', sum('likes', 'comments', 'shares')),
      rule('new_followers', 'count', one('net growth'), [
        { header: 'new followers', sign: 1 },
        { header: 'lost followers', sign: -1 },
      ]),
      rule('reach', 'unique', one('reached audience')),
    ],
  },
  {
    kind: 'youtubeTable',
    grain: 'posts',
    channel: 'youtube',
    required: ['content', 'video title', 'video publish time'],
    dateColumns: ['video publish time'],
    ...PLATFORM_DAY,
    idColumn: 'content',
    totalsColumn: 'content',
    columns: [
      rule('impressions', 'count', one('impressions')),
      rule('reach', 'unique', one('unique viewers')),
      rule('likes', 'count', one('likes')),
      rule('approvals', 'count', one('likes')),
      rule('comments', 'count', one('comments added')),
      rule('shares', 'count', one('shares')),
      rule('engagements', 'count', sum('likes', 'comments added', 'shares')),
      rule('new_followers', 'count', one('subscribers'), [
        { header: 'subscribers gained', sign: 1 },
        { header: 'subscribers lost', sign: -1 },
      ]),
    ],
  },
  {
    kind: 'ga4Acquisition',
    grain: 'overview',
    channel: 'bySource',
    required: ['sessions', 'engaged sessions'],
    ...BY_DAY,
    columns: [
      rule('sessions', 'count', one('sessions')),
      // GA4 has no bounce rate: bounces are the sessions that were not engaged (1 − engagement rate).
      rule('bounces', 'count', [
        { header: 'sessions', sign: 1 },
        { header: 'engaged sessions', sign: -1 },
      ]),
      rule('conversions', 'count', one('key events'), one('conversions')),
    ],
  },
];

/** GA4's dimension columns: the channel group (names vary) or the session source. */
export const GA4_CHANNEL_GROUP = /channel group/;
export const GA4_SOURCE = /^(session )?source( \/ medium)?$/;

/** A session source's channel: facebook.com, l.instagram.com, t.co, lnkd.in... */
export function channelOfSource(source: string): ChannelId | null {
  const s = source.toLowerCase();
  if (/facebook|^fb\b|\bfb\./.test(s)) return 'facebook';
  if (/instagram|^ig\b/.test(s)) return 'instagram';
  if (/^t\.co\b|twitter|(^|\.)x\.com/.test(s)) return 'x';
  if (/linkedin|lnkd\.in/.test(s)) return 'linkedin';
  if (/youtube|youtu\.be/.test(s)) return 'youtube';
  if (/tiktok/.test(s)) return 'tiktok';
  if (/pinterest|pin\.it/.test(s)) return 'pinterest';
  return null;
}

/** The header key compared with the specs: lower-case, single spaces, trimmed. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The spec whose headers match, or null. The most specific match (most required headers) wins. */
export function recognise(headers: readonly string[], titles: readonly string[]): KindSpec | null {
  const keys = new Set(headers.map(headerKey));
  const title = titles.join(' ').toLowerCase();
  let best: KindSpec | null = null;
  for (const spec of KIND_SPECS) {
    if (!spec.required.every((h) => keys.has(h))) continue;
    if (spec.absent?.some((h) => keys.has(h))) continue;
    if (spec.kind === 'ga4Acquisition' && ![...keys].some((k) => GA4_CHANNEL_GROUP.test(k) || GA4_SOURCE.test(k)))
      continue;
    if (spec.title && !spec.title.test(title)) continue;
    if (!best || spec.required.length > best.required.length) best = spec;
  }
  return best;
}
