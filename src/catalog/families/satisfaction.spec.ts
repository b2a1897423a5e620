import { kpiSpec } from '../../../test/support/kpiSpec.ts';

kpiSpec('CSAT', [
  { scores: [[5], [4], [''], [2]], expected: 2 / 3 },
  { scores: [[5], [4], [''], [2]], satisfied_from: 5, expected: 1 / 3 },
  { scores: [[''], ['']], fails: 'scores has no answers (blanks are not answers).' },
  { scores: [[5], ['great']], fails: 'scores row 2 is "great" (text). Wrong column?' },
]);

kpiSpec('NPS', [
  // Two promoters, one passive, one detractor of four answers: (2 − 1) ÷ 4 = 25.
  { scores: [[10], [9], [7], [3]], expected: 25 },
  { scores: [[3], [''], [6]], expected: -100 },
  { scores: [[10], [11]], fails: 'scores row 2 is 11, but NPS answers are 0 to 10.' },
]);

kpiSpec('RESPONSE_TIME', [
  // Replies 6 hours after each message (date serials: a quarter of a day is 6 hours).
  { received_at: [[46000.25], [46001]], replied_at: [[46000.5], [46001.25]], expected: 6 },
  { received_at: [[46000.25], ['']], replied_at: [[46000.5], [46001.25]], expected: 6 },
  { received_at: [[46000.5]], replied_at: [[46000.25]], fails: 'the reply is before the message.' },
  { received_at: [[''], ['']], replied_at: [[''], ['']], fails: 'no row has both received_at and replied_at.' },
]);

kpiSpec('RESOLUTION_RATE', [
  { resolved: 19, raised: 20, expected: 0.95 },
  { resolved: 19, raised: 0, fails: 'raised is 0' },
]);
