import { describe, expect, it } from 'vitest';
import { recommend } from '../src/wizard/recommend.ts';
import { goal, kpi, wizardInput, NOT_ANSWERED } from './support/wizardFixtures.ts';

const ids = (list: { kpiId: string }[]) => list.map((k) => k.kpiId);

describe('recommend', () => {
  it('recommends reach KPIs for awareness, each with a one-line reason naming the goal', () => {
    const { recommendations } = recommend(wizardInput());
    expect(recommendations).toHaveLength(1);
    const [reach] = recommendations;
    expect(reach.socialGoal).toBe('reach');
    expect(reach.businessGoalIds).toEqual(['g1']);
    expect(ids(reach.kpis)).toEqual(expect.arrayContaining(['follower_count', 'impressions', 'share_of_voice']));
    for (const { reason } of reach.kpis) {
      expect(reason).toContain('“Be known in Aarhus”');
      expect(reason).not.toContain('\n');
    }
  });

  it('groups several business goals by social goal, in the order reach, engagement, conversion, loyalty', () => {
    const input = wizardInput({
      businessGoals: [goal('s', 'service'), goal('a', 'awareness'), goal('l', 'leads'), goal('c', 'sales')],
    });
    const { recommendations } = recommend(input);
    expect(recommendations.map((r) => r.socialGoal)).toEqual(['reach', 'conversion', 'loyalty']);
    expect(recommendations[1].businessGoalIds).toEqual(['l', 'c']);
  });

  it('when customers cannot buy on social media, does not recommend revenue and recommends lead conversion', () => {
    const input = wizardInput({
      businessGoals: [goal('g1', 'sales', 'Sell more')],
      answers: { ...NOT_ANSWERED, sellsOnSocial: false },
    });
    const [conversion] = recommend(input).recommendations;
    expect(ids(conversion.kpis)).not.toContain('revenue');
    expect(ids(conversion.kpis)).toContain('lead_conversion_rate');
    const revenue = conversion.notRecommended.find((k) => k.kpiId === 'revenue');
    expect(revenue?.reason).toMatch(/cannot buy directly on social media/);
  });

  it.each([
    ['paidAds', 'sales', ['cpc', 'cpm']],
    ['webAnalytics', 'sales', ['conversion_rate', 'bounce_rate']],
    ['serviceOnSocial', 'service', ['response_time', 'resolution_rate']],
    ['surveys', 'service', ['csat', 'nps']],
  ] as const)('a "no" to %s leaves out what it needs', (question, kind, left) => {
    const input = wizardInput({ businessGoals: [goal('g1', kind)], answers: { ...NOT_ANSWERED, [question]: false } });
    const [recommendation] = recommend(input).recommendations;
    for (const kpiId of left) {
      expect(ids(recommendation.kpis)).not.toContain(kpiId);
      expect(ids(recommendation.notRecommended)).toContain(kpiId);
    }
  });

  it('a "yes" or no answer changes nothing', () => {
    const base = wizardInput({ businessGoals: [goal('g1', 'sales')] });
    const yes = { ...base, answers: { ...NOT_ANSWERED, paidAds: true, sellsOnSocial: true } };
    expect(recommend(yes)).toEqual(recommend(base));
    expect(recommend(base).recommendations[0].notRecommended).toEqual([]);
  });

  it('warns that follower count is vanity for sales, and why', () => {
    const input = wizardInput({
      businessGoals: [goal('g1', 'sales', 'Sell more')],
      kpis: [kpi('follower_count'), kpi('revenue', { socialGoal: 'conversion' })],
    });
    const { vanity } = recommend(input);
    expect(vanity).toHaveLength(1);
    expect(vanity[0].kpiId).toBe('follower_count');
    expect(vanity[0].reason).toMatch(/vanity metric for “Sell more”/);
  });

  it('follower count is not vanity when awareness is among the goals', () => {
    const input = wizardInput({
      businessGoals: [goal('g1', 'sales'), goal('g2', 'awareness')],
      kpis: [kpi('follower_count')],
    });
    expect(recommend(input).vanity).toEqual([]);
  });

  it('a KPI that serves none of the goals, without being named as vanity, gets the general warning', () => {
    const input = wizardInput({ businessGoals: [goal('g1', 'awareness', 'Known')], kpis: [kpi('cpc')] });
    expect(recommend(input).vanity[0].reason).toMatch(/serves none of your chosen business goals \(“Known”\)/);
  });

  it('gives reasons in Danish and Dutch', () => {
    const da = recommend(wizardInput({ kpis: [kpi('cpc')] }, 'da'));
    expect(da.recommendations[0].kpis[0].reason).toContain('»Be known in Aarhus«');
    expect(da.recommendations[0].kpis[0].reason).toMatch(/viser, om flere lærer brandet at kende/);
    expect(da.vanity[0].reason).toMatch(/forfængeligt mål/);
    const nl = recommend(
      wizardInput(
        { businessGoals: [goal('g1', 'sales', 'Verkoop')], answers: { ...NOT_ANSWERED, sellsOnSocial: false } },
        'nl',
      ),
    );
    expect(nl.recommendations[0].notRecommended[0].reason).toMatch(/^Omzet uit sociale media: klanten kunnen niet/);
  });
});
