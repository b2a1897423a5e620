import { kpiSpec } from '../../../test/support/kpiSpec.ts';

kpiSpec('CONVERSION_RATE', [
  { conversions: 27, clicks: 900, expected: 0.03 },
  { conversions: 27, clicks: 0, fails: 'clicks is 0, and CONVERSION_RATE divides by it.' },
]);

kpiSpec('CTR', [
  { clicks: 25, impressions: 1000, expected: 0.025 },
  { clicks: '12%', impressions: 1, expected: 0.12 },
  { clicks: [[1], [2]], impressions: [[10], [20]], expected: [[0.1], [0.1]] },
  { clicks: '1.234,5', impressions: 1000, fails: 'Format → Number, then retype.' },
  { clicks: 25, fails: 'impressions is missing. Use =CTR(clicks, impressions).' },
]);

kpiSpec('BOUNCE_RATE', [
  { bounces: 45, sessions: 100, expected: 0.45 },
  { bounces: 45, sessions: '#DIV/0!', fails: 'sessions is #DIV/0!. Fix that cell first.' },
]);

kpiSpec('CPC', [
  { ad_spend: 120, clicks: 300, expected: 0.4 },
  { ad_spend: -120, clicks: 300, fails: 'ad_spend is -120; it cannot be negative.' },
]);

kpiSpec('CPM', [
  { ad_spend: 50, impressions: 20_000, expected: 2.5 },
  { ad_spend: 50, impressions: 0, fails: 'impressions is 0' },
]);
