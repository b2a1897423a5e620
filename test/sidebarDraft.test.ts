/** What the wizard remembers between steps: pre-ticking, second thoughts, and re-runs. */
import { describe, expect, it } from 'vitest';
import { chooseKpi, draftFromModel, offerRecommendations, toWizardInput, unchooseKpi } from '../sidebar/draft.ts';
import { buildWizardModel } from '../src/wizard/wizardModel.ts';
import { recommend } from '../src/wizard/recommend.ts';
import type { WizardInput, WizardPreview } from '../src/shared/wizardApi.ts';

const model = buildWizardModel('en', null, '2026-01-05');

function previewOf(input: WizardInput): WizardPreview {
  return { ...recommend(input), messages: [] };
}

function chooseGoals(draft: ReturnType<typeof draftFromModel>, kinds: string[]): void {
  for (const goal of draft.goals) goal.chosen = kinds.includes(goal.kind);
}

describe('the wizard draft', () => {
  it('starts with every goal offered, none chosen, named after its kind, and today as start date', () => {
    const draft = draftFromModel(model);
    expect(draft.goals.map((goal) => goal.kind)).toEqual(['awareness', 'community', 'sales', 'leads', 'service']);
    expect(draft.goals.every((goal) => !goal.chosen)).toBe(true);
    expect(new Set(draft.goals.map((goal) => goal.id)).size).toBe(5);
    expect(toWizardInput(draft)).toMatchObject({ businessGoals: [], kpis: [], startDate: '2026-01-05' });
  });

  it('pre-ticks recommended KPIs the first time only: an untick stays unticked', () => {
    const draft = draftFromModel(model);
    chooseGoals(draft, ['awareness']);
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    expect(toWizardInput(draft).kpis.map((kpi) => kpi.kpiId)).toContain('follower_count');
    draft.touched.push('follower_count');
    unchooseKpi(draft, 'follower_count');
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    expect(toWizardInput(draft).kpis.map((kpi) => kpi.kpiId)).not.toContain('follower_count');
  });

  it('unticks a pre-ticked KPI that a "be critical" answer rules out, and offers it again when the answer changes back', () => {
    const draft = draftFromModel(model);
    chooseGoals(draft, ['sales']);
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    expect(toWizardInput(draft).kpis.map((kpi) => kpi.kpiId)).toContain('revenue');
    draft.answers.sellsOnSocial = false;
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    const afterNo = toWizardInput(draft).kpis.map((kpi) => kpi.kpiId);
    expect(afterNo).not.toContain('revenue');
    expect(afterNo).toContain('lead_conversion_rate');
    draft.answers.sellsOnSocial = true;
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    expect(toWizardInput(draft).kpis.map((kpi) => kpi.kpiId)).toContain('revenue');
  });

  it('brings back the targets of a KPI that is unticked and ticked again', () => {
    const draft = draftFromModel(model);
    chooseGoals(draft, ['awareness']);
    const option = model.kpis.find((kpi) => kpi.id === 'impressions')!;
    chooseKpi(draft, option, 'reach', draft.goals[0].id);
    Object.assign(draft.kpis[0], { target: '5000', owner: 'Ann', notes: 'per month' });
    unchooseKpi(draft, 'impressions');
    expect(toWizardInput(draft).kpis).toEqual([]);
    chooseKpi(draft, option, 'reach', draft.goals[0].id);
    expect(toWizardInput(draft).kpis[0]).toMatchObject({ target: '5000', owner: 'Ann', notes: 'per month' });
  });

  it('starts a re-run from the current map and ticks nothing new for goals decided then', () => {
    const current: WizardInput = {
      language: 'da',
      businessGoals: [{ id: 'g7', kind: 'service', name: 'Glade kunder' }],
      answers: { sellsOnSocial: null, paidAds: false, serviceOnSocial: true, surveys: null, webAnalytics: null },
      kpis: [
        {
          kpiId: 'response_time',
          businessGoalId: 'g7',
          socialGoal: 'loyalty',
          channel: 'facebook',
          baseline: '12',
          target: '4',
          deadline: '2026-08-31',
          owner: 'Dan',
          cadence: 'weekly',
          notes: 'Hverdage',
        },
      ],
      startDate: '2026-01-01',
      reviewIntervalMonths: 3,
    };
    const draft = draftFromModel(buildWizardModel('da', current, '2026-03-01'));
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    const input = toWizardInput(draft);
    expect(input.businessGoals).toEqual(current.businessGoals);
    expect(input.kpis).toEqual(current.kpis);
    expect(input.answers).toEqual(current.answers);
    expect(input.startDate).toBe('2026-01-01');
    expect(input.reviewIntervalMonths).toBe(3);
    // A goal added now gets its recommendations ticked, with a fresh id that does not clash.
    draft.goals.find((goal) => goal.kind === 'awareness')!.chosen = true;
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    const added = toWizardInput(draft);
    expect(added.kpis.map((kpi) => kpi.kpiId)).toContain('follower_count');
    expect(new Set(added.businessGoals.map((goal) => goal.id)).size).toBe(2);
  });

  it('moves a KPI to a chosen goal when its own goal is unticked', () => {
    const draft = draftFromModel(model);
    chooseGoals(draft, ['sales', 'leads']);
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    chooseGoals(draft, ['leads']);
    offerRecommendations(draft, previewOf(toWizardInput(draft)), model.kpis);
    const leadsId = draft.goals.find((goal) => goal.kind === 'leads')!.id;
    expect(toWizardInput(draft).kpis.every((kpi) => kpi.businessGoalId === leadsId)).toBe(true);
  });
});
