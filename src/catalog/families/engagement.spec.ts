import { kpiSpec } from '../../../test/support/kpiSpec.ts';

kpiSpec('APPLAUSE_RATE', [
  { approvals: 150, total_followers: 3000, expected: 0.05 },
  { approvals: 150, total_followers: 0, fails: 'total_followers is 0' },
]);

kpiSpec('ENGAGEMENT_RATE', [
  { engagements: 90, audience: 1500, expected: 0.06 },
  { engagements: [[90], [30]], audience: 1500, expected: [[0.06], [0.02]] },
  { engagements: true, audience: 1500, fails: 'engagements is TRUE (a checkbox). Wrong column?' },
]);

kpiSpec('AMPLIFICATION_RATE', [
  { shares: 20, total_followers: 2500, expected: 0.008 },
  { shares: 'Instagram', total_followers: 2500, fails: 'shares is "Instagram" (text). Wrong column?' },
]);
