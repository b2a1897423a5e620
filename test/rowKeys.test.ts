/** A KPI map row's hidden key: written and read back through one type, whatever is left in the cell. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACKABLE_KPIS } from '../src/catalog/kpis.ts';
import { kpiRowKey, parseKpiRowKey } from '../src/plan/rowKeys.ts';
import { CHANNELS } from '../src/wizard/taxonomy.ts';

describe('a KPI map row key', () => {
  it('reads back the KPI, business goal and channel it was written with', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...TRACKABLE_KPIS.map((kpi) => kpi.id)),
        id,
        fc.constantFrom(...CHANNELS),
        (kpiId, businessGoalId, channel) => {
          const key = { kpiId, businessGoalId, channel };
          expect(parseKpiRowKey(kpiRowKey(key))).toEqual(key);
        },
      ),
    );
  });

  it('is written as the text the map has always held in its hidden key column', () => {
    expect(kpiRowKey({ kpiId: 'ctr', businessGoalId: 'g1', channel: 'instagram' })).toBe('ctr|g1|instagram');
  });

  it('gives empty parts, never undefined, for a key cell someone shortened', () => {
    expect(parseKpiRowKey('ctr')).toEqual({ kpiId: 'ctr', businessGoalId: '', channel: '' });
    expect(parseKpiRowKey('')).toEqual({ kpiId: '', businessGoalId: '', channel: '' });
  });
});
