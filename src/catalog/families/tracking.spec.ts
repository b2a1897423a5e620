import { expect } from 'vitest';
import { kpiSpec } from '../../../test/support/kpiSpec.ts';

kpiSpec('GROWTH_RATE', [
  { current: 120, previous: 100, expected: 0.2 },
  // Against the size of a negative last period: from −100 to 80 is up 180 %.
  { current: 80, previous: -100, expected: 1.8 },
  { current: 80, previous: 0, fails: 'previous is 0' },
]);

kpiSpec('KPI_PROGRESS', [
  { actual: 150, baseline: 100, target: 200, expected: 0.5 },
  // Lower is better: from 10 hours down to 3 of the way to 2 is 7 of 8.
  { actual: 3, baseline: 10, target: 2, expected: 7 / 8 },
  { actual: 150, baseline: 100, target: 100, fails: 'target equals baseline. Set a different target.' },
]);

// Start 46000, deadline 46100, as of 46050: half the time has passed.
const halfway = { baseline: 100, target: 200, start_date: 46000, deadline: 46100, as_of: 46050 };
kpiSpec('KPI_STATUS', [
  { ...halfway, actual: 150, expected: 'On track' },
  { ...halfway, actual: 140, expected: 'Behind' },
  { ...halfway, actual: 130, expected: 'Off track' },
  { ...halfway, actual: 200, expected: 'Achieved' },
  { ...halfway, actual: '', expected: 'Not started' },
  { ...halfway, actual: 150, as_of: 46200, expected: 'Off track' },
  { ...halfway, actual: 150, deadline: 46000, fails: 'deadline is not after start_date.' },
]);

kpiSpec('SOCIAL_KPIS', [
  {
    expected: expect.arrayContaining([
      ['Function', 'Syntax', 'What it measures', 'Formula', 'Unit', 'Better'],
      expect.arrayContaining(['CTR', '=CTR(clicks, impressions)', 'clicks ÷ impressions', 'fraction', 'higher']),
      expect.arrayContaining(['POTENTIAL_REACH', '=POTENTIAL_REACH(followers, sharers_followers, [share_seen])']),
    ]),
  },
]);
