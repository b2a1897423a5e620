import { describe, expect, it } from 'vitest';
import { TRACKABLE_KPIS } from '../src/catalog/kpis.ts';
import { LANGUAGES } from '../src/catalog/types.ts';
import {
  BUSINESS_GOAL_KINDS,
  CADENCES,
  CHANNELS,
  CRITICAL_QUESTIONS,
  GOAL_TAXONOMY,
  QUESTION_EFFECTS,
  REVIEW_INTERVALS,
  SOCIAL_GOALS,
  kpiIdsNamedByTaxonomy,
} from '../src/wizard/taxonomy.ts';
import { buildWizardModel } from '../src/wizard/wizardModel.ts';
import { commandLanguage } from '../src/wizard/commandLanguage.ts';

const pickLanguage = (asked: string | null, userLocale: string | undefined) => commandLanguage({ asked, userLocale });

const catalogIds = new Set(TRACKABLE_KPIS.map((kpi) => kpi.id));

describe('the goal taxonomy', () => {
  it('names only KPIs that exist in the catalog', () => {
    const missing = kpiIdsNamedByTaxonomy().filter((id) => !catalogIds.has(id));
    expect(missing, `KPIs named by the taxonomy but missing from TRACKABLE_KPIS: ${missing.join(', ')}`).toEqual([]);
  });

  it('offers the five business goals, the four social goals, four cadences and reviews every 3 or 6 months', () => {
    expect(BUSINESS_GOAL_KINDS).toEqual(['awareness', 'community', 'sales', 'leads', 'service']);
    expect(SOCIAL_GOALS).toEqual(['reach', 'engagement', 'conversion', 'loyalty']);
    expect(CADENCES).toEqual(['weekly', 'monthly', 'bimonthly', 'quarterly']);
    expect(REVIEW_INTERVALS).toEqual([3, 6]);
    expect(CHANNELS).toContain('linkedin');
  });

  it('follows the articles: followers serve awareness and are vanity for sales; leads use lead conversion, not revenue', () => {
    expect(GOAL_TAXONOMY.awareness.kpis).toContain('follower_count');
    expect(GOAL_TAXONOMY.sales.vanity).toContain('follower_count');
    expect(GOAL_TAXONOMY.leads.kpis).toContain('lead_conversion_rate');
    expect(GOAL_TAXONOMY.leads.vanity).toContain('revenue');
    expect(GOAL_TAXONOMY.service.kpis).toEqual(expect.arrayContaining(['response_time', 'reviews', 'csat']));
  });

  it('never lists a KPI as both serving and vanity for the same business goal', () => {
    for (const kind of BUSINESS_GOAL_KINDS) {
      const both = GOAL_TAXONOMY[kind].kpis.filter((id) => GOAL_TAXONOMY[kind].vanity.includes(id));
      expect(both, kind).toEqual([]);
    }
  });

  it('has an effect for every "be critical" question', () => {
    for (const id of CRITICAL_QUESTIONS) expect(QUESTION_EFFECTS[id].excludes.length).toBeGreaterThan(0);
    expect(QUESTION_EFFECTS.sellsOnSocial).toMatchObject({ excludes: ['revenue'], adds: ['lead_conversion_rate'] });
  });
});

describe('the wizard model', () => {
  it.each(LANGUAGES)('has a name and explanation for every option in %s', (language) => {
    const model = buildWizardModel(language, null, '2026-01-15');
    const options = [
      ...model.businessGoals,
      ...model.socialGoals,
      ...model.channels,
      ...model.cadences,
      ...model.reviewIntervals,
      ...model.kpis,
    ];
    for (const option of options) {
      expect(option.name.trim(), JSON.stringify(option)).not.toBe('');
      expect(option.description.trim(), JSON.stringify(option)).not.toBe('');
    }
    for (const question of model.questions) {
      expect(question.question.endsWith('?'), question.question).toBe(true);
      expect(question.why.trim()).not.toBe('');
    }
    expect(model.kpis.map((k) => k.id)).toEqual(TRACKABLE_KPIS.map((k) => k.id));
    expect(model.today).toBe('2026-01-15');
  });

  it('speaks Danish and Dutch, not English, when asked', () => {
    expect(buildWizardModel('da', null, '2026-01-15').cadences.map((c) => c.name)).toContain('Hver anden måned');
    expect(buildWizardModel('nl', null, '2026-01-15').socialGoals.map((c) => c.name)).toContain('Bereik');
  });

  it('is JSON-safe', () => {
    const model = buildWizardModel('nl', null, '2026-01-15');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('picks the language asked for, else the user locale, else English', () => {
    expect(pickLanguage('nl', 'da_DK')).toBe('nl');
    expect(pickLanguage(null, 'da_DK')).toBe('da');
    expect(pickLanguage(null, 'nl-BE')).toBe('nl');
    expect(pickLanguage(null, 'de_DE')).toBe('en');
    expect(pickLanguage('fr', undefined)).toBe('en');
  });
});
