import { kpiSpec } from '../../../test/support/kpiSpec.ts';

kpiSpec('AUDIENCE_GROWTH_RATE', [
  { new_followers: 40, total_followers: 2000, expected: 0.02 },
  { new_followers: -10, total_followers: 1000, expected: -0.01 },
  { new_followers: [[40], [60], ['']], total_followers: [[2000], [3000], ['']], expected: [[0.02], [0.02]] },
  { new_followers: '', total_followers: 2000, fails: 'new_followers is blank' },
  { new_followers: 40, total_followers: 0, fails: 'total_followers is 0, and AUDIENCE_GROWTH_RATE divides by it.' },
]);

kpiSpec('POST_REACH_RATE', [
  { reach: 220, total_followers: 2000, expected: 0.11 },
  { reach: 0, total_followers: 2000, expected: 0 },
  { reach: -5, total_followers: 2000, fails: 'reach is -5; it cannot be negative.' },
]);

kpiSpec('POTENTIAL_REACH', [
  { followers: 2000, sharers_followers: 10_000, expected: 2300 },
  { followers: 2000, sharers_followers: 10_000, share_seen: 0.05, expected: 2500 },
  { followers: 2000, sharers_followers: 0, expected: 2000 },
  { followers: 2000, sharers_followers: 10_000, share_seen: 1.5, fails: 'share_seen is 1.5; a share is 0 to 1' },
]);

kpiSpec('SHARE_OF_VOICE', [
  { brand_mentions: 30, competitor_mentions: 70, expected: 0.3 },
  { brand_mentions: 30, competitor_mentions: [[20, 50]], expected: 0.3 },
  {
    brand_mentions: [[30], [10]],
    competitor_mentions: [
      [20, 50],
      [0, 0],
    ],
    expected: [[0.3], [1]],
  },
  { brand_mentions: 0, competitor_mentions: [[0, 0]], fails: 'no mentions at all, so no share.' },
]);

kpiSpec('VIRALITY_RATE', [
  { shares: 30, impressions: 1000, expected: 0.03 },
  { shares: 0, impressions: 1000, expected: 0 },
  { shares: [[30], [12], ['']], impressions: [[1000], [400], ['']], expected: [[0.03], [0.03]] },
  { shares: 30, impressions: 0, fails: 'impressions is 0, and VIRALITY_RATE divides by it.' },
  { shares: -3, impressions: 1000, fails: 'shares is -3; it cannot be negative.' },
]);
