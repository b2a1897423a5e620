import { describe, expect, it } from 'vitest';
import { nativeFormula } from '../nativeFormula.ts';
import { METRICS } from './metrics.ts';

/** Plain metrics are the number itself, per period: the map reads their one input as it is. */
const TABLE: readonly [id: string, input: string, unit: string][] = [
  ['follower_count', 'total_followers', 'count'],
  ['impressions', 'impressions', 'count'],
  ['mentions', 'mentions', 'count'],
  ['shares', 'shares', 'count'],
  ['likes', 'likes', 'count'],
  ['comments', 'comments', 'count'],
  ['inbound_clicks', 'inbound_clicks', 'count'],
  ['revenue', 'revenue', 'currency'],
  ['reviews', 'reviews', 'count'],
  ['review_rating', 'review_rating', 'score'],
];

describe('plain metrics', () => {
  it('are the ones in the table, in its order', () => {
    expect(METRICS.map((kpi) => kpi.id)).toEqual(TABLE.map(([id]) => id));
  });

  it.each(TABLE)('%s is %s itself (%s), with no sheet function of its own', (id, input, unit) => {
    const kpi = METRICS.find((metric) => metric.id === id)!;
    expect(kpi.inputs.map((spec) => spec.input)).toEqual([input]);
    expect(kpi.unit).toBe(unit);
    expect(kpi.functionName).toBeNull();
    expect(nativeFormula(kpi, { [input]: "'KPI data'!$C$5" })).toBe("'KPI data'!$C$5");
  });
});
