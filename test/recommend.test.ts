import { describe, expect, it } from 'vitest';
import { recommend } from '../src/wizard/recommend.ts';
import { goal, kpi, wizardInput, NOT_ANSWERED } from './support/wizardFixtures.ts';
import { BUSINESS_GOAL_KINDS, GOAL_TAXONOMY } from '../src/wizard/taxonomy.ts';
import { LANGUAGES, type Language } from '../src/catalog/types.ts';
import type { BusinessGoalKind } from '../src/shared/wizardApi.ts';

const ids = (list: { kpiId: string }[]) => list.map((k) => k.kpiId);

describe('recommend', () => {
  it('recommends reach KPIs for awareness, each saying what it shows for that goal', () => {
    const { recommendations } = recommend(wizardInput());
    expect(recommendations).toHaveLength(1);
    const [reach] = recommendations;
    expect(reach.socialGoal).toBe('reach');
    expect(reach.businessGoalIds).toEqual(['g1']);
    expect(ids(reach.kpis)).toEqual(expect.arrayContaining(['follower_count', 'impressions', 'share_of_voice']));
    for (const { reason, businessGoalId } of reach.kpis) {
      expect(businessGoalId).toBe('g1');
      expect(reason).not.toContain('\n');
    }
    expect(reach.kpis.find((k) => k.kpiId === 'follower_count')?.reason).toMatch(
      /For awareness a real KPI, not vanity/,
    );
  });

  it('no two recommended KPIs of one goal share a reason, in any language', () => {
    for (const language of LANGUAGES) {
      for (const kind of BUSINESS_GOAL_KINDS) {
        const [recommendation] = recommend(
          wizardInput({ businessGoals: [goal('g1', kind)] }, language),
        ).recommendations;
        const reasons = recommendation.kpis.map((k) => k.reason);
        expect(reasons.length, `${language} ${kind}`).toBeGreaterThan(3);
        expect(new Set(reasons).size, `${language} ${kind}: ${reasons.join(' | ')}`).toBe(reasons.length);
      }
    }
  });

  it('a KPI that serves several goals gets a different reason for each', () => {
    const reasonOf = (kind: BusinessGoalKind, kpiId: string, language: Language) =>
      recommend(wizardInput({ businessGoals: [goal('g1', kind)] }, language)).recommendations[0].kpis.find(
        (k) => k.kpiId === kpiId,
      )?.reason;
    let pairs = 0;
    for (const language of LANGUAGES) {
      for (const [i, a] of BUSINESS_GOAL_KINDS.entries()) {
        for (const b of BUSINESS_GOAL_KINDS.slice(i + 1)) {
          for (const kpiId of GOAL_TAXONOMY[a].kpis.filter((id) => GOAL_TAXONOMY[b].kpis.includes(id))) {
            pairs++;
            expect(reasonOf(a, kpiId, language), `${kpiId}: ${a} vs ${b}`).not.toBe(reasonOf(b, kpiId, language));
          }
        }
      }
    }
    // shares (awareness, community), reviews (community, service), conversion rate, CTR and CPC (sales, leads).
    expect(pairs).toBe(5 * LANGUAGES.length);
  });

  it('with two goals in one social goal, each KPI is filed under, and names, the goal it serves', () => {
    const input = wizardInput({ businessGoals: [goal('s', 'sales', 'Webshop'), goal('l', 'leads', 'B2B leads')] });
    const [conversion] = recommend(input).recommendations;
    const lead = conversion.kpis.find((k) => k.kpiId === 'lead_conversion_rate');
    expect(lead?.businessGoalId).toBe('l');
    expect(lead?.reason).toContain('(“B2B leads”)');
    expect(conversion.kpis.find((k) => k.kpiId === 'revenue')?.businessGoalId).toBe('s');
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

  it('a KPI is judged against the goal it is filed under', () => {
    const goals = [goal('g1', 'sales', 'Sell more'), goal('g2', 'awareness', 'Be known')];
    const filedUnder = (businessGoalId: string) =>
      recommend(wizardInput({ businessGoals: goals, kpis: [kpi('follower_count', { businessGoalId })] })).vanity;
    expect(filedUnder('g2')).toEqual([]);
    const [warning] = filedUnder('g1');
    expect(warning).toMatchObject({ kpiId: 'follower_count', businessGoalId: 'g1' });
    expect(warning.reason).toMatch(/does not show progress on “Sell more”.*but it does on “Be known”/);
  });

  it('Likes filed under an awareness goal is judged against that goal, not against a sales goal beside it', () => {
    const goals = [goal('a', 'awareness', 'Known in Aarhus'), goal('s', 'sales', 'Webshop sales')];
    const [warning] = recommend(
      wizardInput({ businessGoals: goals, kpis: [kpi('likes', { businessGoalId: 'a' })] }),
    ).vanity;
    expect(warning.businessGoalId).toBe('a');
    expect(warning.reason).toContain('“Known in Aarhus”');
    expect(warning.reason).not.toContain('Webshop sales');
    const [onSales] = recommend(
      wizardInput({ businessGoals: goals, kpis: [kpi('likes', { businessGoalId: 's' })] }),
    ).vanity;
    expect(onSales.reason).toMatch(/^Likes is a vanity metric for “Webshop sales”/);
  });

  it('a KPI that does not serve its goal, without being named as vanity, gets the general warning', () => {
    const input = wizardInput({ businessGoals: [goal('g1', 'awareness', 'Known')], kpis: [kpi('cpc')] });
    expect(recommend(input).vanity[0].reason).toMatch(/does not show progress on “Known”, the goal it is filed under/);
  });

  it('gives reasons in Danish and Dutch', () => {
    const da = recommend(wizardInput({ kpis: [kpi('cpc')] }, 'da'));
    expect(da.recommendations[0].kpis[0].reason).toMatch(/^Tæller dem, der har valgt at følge jer/);
    expect(da.vanity[0].reason).toMatch(/forfængeligt mål/);
    expect(da.vanity[0].reason).toContain('»Be known in Aarhus«');
    const nl = recommend(
      wizardInput(
        { businessGoals: [goal('g1', 'sales', 'Verkoop')], answers: { ...NOT_ANSWERED, sellsOnSocial: false } },
        'nl',
      ),
    );
    expect(nl.recommendations[0].notRecommended[0].reason).toMatch(/^Omzet uit sociale media: klanten kunnen niet/);
  });
});
