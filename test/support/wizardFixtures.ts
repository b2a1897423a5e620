/** Small wizard inputs for the wizard's tests, built from readable defaults. */
import type { BusinessGoalChoice, KpiChoice, WizardInput } from '../../src/shared/wizardApi.ts';
import type { Language } from '../../src/catalog/types.ts';

export const NOT_ANSWERED: WizardInput['answers'] = {
  sellsOnSocial: null,
  paidAds: null,
  serviceOnSocial: null,
  surveys: null,
  webAnalytics: null,
};

export function goal(id: string, kind: BusinessGoalChoice['kind'], name = `Goal ${id}`): BusinessGoalChoice {
  return { id, kind, name };
}

export function kpi(kpiId: string, overrides: Partial<KpiChoice> = {}): KpiChoice {
  return {
    kpiId,
    businessGoalId: 'g1',
    socialGoal: 'reach',
    channel: 'all',
    baseline: '100',
    target: '200',
    deadline: '2026-12-31',
    owner: 'Mette',
    cadence: 'monthly',
    notes: '',
    ...overrides,
  };
}

export function wizardInput(overrides: Partial<WizardInput> = {}, language: Language = 'en'): WizardInput {
  return {
    language,
    businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus')],
    answers: { ...NOT_ANSWERED },
    kpis: [kpi('follower_count')],
    startDate: '2026-01-01',
    reviewIntervalMonths: 3,
    ...overrides,
  };
}
