/**
 * Step 3: per social-media goal the recommended KPIs, pre-ticked once, each with its reason; those
 * a "be critical" answer ruled out, with why; any others the user adds. A chosen KPI that serves
 * none of the chosen goals carries the server's vanity warning, and the user may keep it.
 */
import { fill, h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { chooseKpi, chosenGoals, isChosen, unchooseKpi } from '../draft.ts';
import type { SidebarStrings } from '../i18n.ts';
import { safeId, stepMessages } from '../widgets.ts';
import type { KpiOption, SocialGoalId } from '../../src/shared/wizardApi.ts';

/** A vanity warning as the KPI step and the review both show it. */
export function vanityText(t: SidebarStrings, reason: string): string {
  return `${fill(t.vanity, { reason })} ${t.vanityKeep}`;
}

/** The chosen business goal a KPI of this social goal serves, by the last recommendations. */
export function goalForSocialGoal(context: SidebarContext, socialGoal: SocialGoalId): string | undefined {
  const recommendation = context.preview?.recommendations.find((candidate) => candidate.socialGoal === socialGoal);
  return recommendation?.businessGoalIds[0] ?? chosenGoals(context.draft)[0]?.id;
}

function kpiItem(
  context: SidebarContext,
  option: KpiOption,
  socialGoal: SocialGoalId,
  reason: string | null,
  idPrefix: string,
  businessGoalId?: string,
): HTMLElement {
  const { draft, t } = context;
  const id = safeId('kpi', idPrefix, option.id);
  const chosen = isChosen(draft, option.id);
  const vanity = chosen ? context.preview?.vanity.find((warning) => warning.kpiId === option.id) : undefined;
  const describedBy = [reason ? `${id}-reason` : null, vanity ? `${id}-vanity` : null].filter(Boolean).join(' ');
  const checkbox = h('input', {
    type: 'checkbox',
    id,
    checked: chosen,
    'aria-describedby': describedBy || null,
    onchange: (event: Event) => {
      if (!draft.touched.includes(option.id)) draft.touched.push(option.id);
      if ((event.target as HTMLInputElement).checked) {
        chooseKpi(draft, option, socialGoal, businessGoalId ?? goalForSocialGoal(context, socialGoal));
        // Ask the server whether this KPI serves the chosen goals (vanity warning) before showing it.
        context.refreshPreview();
      } else {
        unchooseKpi(draft, option.id);
        context.update();
      }
    },
  });
  return h(
    'li',
    { class: chosen ? 'skk-choice skk-chosen' : 'skk-choice' },
    h('div', { class: 'skk-check' }, checkbox, h('label', { for: id }, option.name)),
    reason ? h('p', { class: 'skk-description', id: `${id}-reason` }, reason) : null,
    vanity ? h('p', { class: 'skk-warning', id: `${id}-vanity` }, vanityText(t, vanity.reason)) : null,
  );
}

export function renderKpis(context: SidebarContext): Node[] {
  const { model, draft, t, preview } = context;
  const optionOf = (kpiId: string): KpiOption | undefined => model.kpis.find((option) => option.id === kpiId);
  const goalName = (goalId: string): string => draft.goals.find((goal) => goal.id === goalId)?.name ?? goalId;
  const shown = new Set<string>();
  const sections = (preview?.recommendations ?? []).map((recommendation) => {
    const socialGoal = model.socialGoals.find((goal) => goal.id === recommendation.socialGoal);
    const headingId = safeId('social', recommendation.socialGoal);
    const items = [
      ...recommendation.kpis.map((kpi) => [kpi, false] as const),
      ...recommendation.notRecommended.map((kpi) => [kpi, true] as const),
    ].flatMap(([kpi, ruledOut]) => {
      const option = optionOf(kpi.kpiId);
      if (!option) return [];
      shown.add(kpi.kpiId);
      const reason = ruledOut ? fill(t.notRecommended, { reason: kpi.reason }) : kpi.reason;
      return [
        kpiItem(context, option, recommendation.socialGoal, reason, recommendation.socialGoal, kpi.businessGoalId),
      ];
    });
    return h(
      'section',
      { class: 'skk-group', 'aria-labelledby': headingId },
      h('h3', { id: headingId }, socialGoal?.name ?? recommendation.socialGoal),
      h(
        'p',
        { class: 'skk-description' },
        fill(t.serves, { goals: recommendation.businessGoalIds.map(goalName).join(', ') }),
      ),
      h('ul', { class: 'skk-choices' }, items),
    );
  });

  // KPIs the user added beyond the recommendations (chosen now or earlier), with their vanity warning.
  const added = draft.kpis
    .filter((kpi) => !shown.has(kpi.kpiId))
    .flatMap((kpi) => {
      const option = optionOf(kpi.kpiId);
      shown.add(kpi.kpiId);
      return option ? [kpiItem(context, option, kpi.socialGoal, option.description, 'added')] : [];
    });

  const addSelect = h(
    'select',
    { id: 'add-kpi' },
    h('option', { value: '' }, t.addKpiChoose),
    model.socialGoals.map((socialGoal) =>
      h(
        'optgroup',
        { label: socialGoal.name },
        model.kpis
          .filter((option) => option.socialGoal === socialGoal.id && !shown.has(option.id))
          .map((option) => h('option', { value: option.id }, option.name)),
      ),
    ),
  );
  const addButton = h(
    'button',
    {
      type: 'button',
      class: 'skk-secondary',
      id: 'add-kpi-button',
      onclick: () => {
        const option = optionOf(addSelect.value);
        if (!option) {
          addSelect.focus();
          return;
        }
        if (!draft.touched.includes(option.id)) draft.touched.push(option.id);
        chooseKpi(draft, option, option.socialGoal, goalForSocialGoal(context, option.socialGoal));
        context.refreshPreview();
      },
    },
    t.add,
  );

  return [
    h('p', { class: 'skk-intro' }, t.kpisIntro),
    stepMessages(context, ['kpis']),
    sections.length ? sections : h('p', { class: 'skk-description' }, t.noRecommendations),
    added.length
      ? h(
          'section',
          { class: 'skk-group', 'aria-labelledby': 'added-heading' },
          h('h3', { id: 'added-heading' }, t.addedByYou),
          h('ul', { class: 'skk-choices' }, added),
        )
      : null,
    h(
      'div',
      { class: 'skk-field skk-add' },
      h('label', { for: 'add-kpi' }, t.addKpi),
      h('div', { class: 'skk-inline' }, addSelect, addButton),
    ),
  ]
    .flat()
    .filter((node): node is HTMLElement => node !== null);
}
