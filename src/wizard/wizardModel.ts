/** The taxonomy as the sidebar renders it, in one language (WizardModel). Pure. */
import { TRACKABLE_KPIS } from '../catalog/kpis.ts';
import type { Language } from '../catalog/types.ts';
import type { KpiOption, WizardInput, WizardModel } from '../shared/wizardApi.ts';
import {
  BUSINESS_GOAL_KINDS,
  CADENCES,
  CHANNELS,
  CRITICAL_QUESTIONS,
  REVIEW_INTERVALS,
  SOCIAL_GOALS,
  socialGoalOfKpi,
} from './taxonomy.ts';
import {
  BUSINESS_GOAL_TEXTS,
  CADENCE_TEXTS,
  QUESTION_TEXTS,
  REVIEW_INTERVAL_TEXTS,
  SOCIAL_GOAL_TEXTS,
  channelText,
} from './taxonomyTexts.ts';

function kpiOptions(language: Language): KpiOption[] {
  return TRACKABLE_KPIS.map((kpi) => ({
    id: kpi.id,
    functionName: kpi.functionName,
    name: kpi.text[language].name,
    description: kpi.text[language].description,
    unit: kpi.unit as KpiOption['unit'],
    better: kpi.better,
    socialGoal: socialGoalOfKpi(kpi),
  }));
}

export function buildWizardModel(
  language: Language,
  current: WizardInput | null,
  today: string,
  notices: string[] = [],
): WizardModel {
  return {
    language,
    businessGoals: BUSINESS_GOAL_KINDS.map((id) => ({ id, ...BUSINESS_GOAL_TEXTS[language][id] })),
    socialGoals: SOCIAL_GOALS.map((id) => ({ id, ...SOCIAL_GOAL_TEXTS[language][id] })),
    questions: CRITICAL_QUESTIONS.map((id) => ({ id, ...QUESTION_TEXTS[language][id] })),
    kpis: kpiOptions(language),
    channels: CHANNELS.map((id) => ({ id, ...channelText(id, language) })),
    cadences: CADENCES.map((id) => ({ id, ...CADENCE_TEXTS[language][id] })),
    reviewIntervals: REVIEW_INTERVALS.map((id) => ({ id, ...REVIEW_INTERVAL_TEXTS[language][id] })),
    current,
    today,
    notices,
  };
}
