/** Step 5: the choices grouped by business goal, the start date and the review interval, then Build. */
import { fill, h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { chosenGoals, chosenKpis } from '../draft.ts';
import { field, messagesList } from '../widgets.ts';
import { unitText } from './targets.ts';
import { vanityText } from './kpis.ts';
import { displayDate } from '../../src/wizard/displayDate.ts';

export function renderReview(context: SidebarContext): Node[] {
  const { model, draft, t } = context;
  const kpis = chosenKpis(draft);
  const groups = chosenGoals(draft).map((goal) => {
    const headingId = `review-${goal.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const mine = kpis.filter((kpi) => kpi.businessGoalId === goal.id);
    return h(
      'section',
      { class: 'skk-group', 'aria-labelledby': headingId },
      h('h3', { id: headingId }, goal.name),
      mine.length
        ? h(
            'ul',
            { class: 'skk-summary' },
            mine.map((kpi) => {
              const option = model.kpis.find((candidate) => candidate.id === kpi.kpiId);
              const channel = model.channels.find((candidate) => candidate.id === kpi.channel)?.name ?? kpi.channel;
              const target = kpi.target.trim()
                ? fill(t.summaryTarget, {
                    baseline: kpi.baseline.trim() || '?',
                    target: kpi.target.trim(),
                    // Rates and amounts are typed with their sign; only hours need saying.
                    unit: option?.unit === 'hours' ? ` ${unitText(t, option)}` : '',
                    deadline: kpi.deadline ? displayDate(kpi.deadline, draft.language) : '?',
                  })
                : t.noTarget;
              const details = [channel, kpi.owner.trim()].filter(Boolean).join(' · ');
              // The same warning as on the KPI step: both judge a KPI against the goal it is filed under.
              const vanity = context.preview?.vanity.find(
                (warning) => warning.kpiId === kpi.kpiId && warning.businessGoalId === kpi.businessGoalId,
              );
              return h(
                'li',
                {},
                h('strong', {}, option?.name ?? kpi.kpiId),
                h('span', { class: 'skk-summary-line' }, target),
                details ? h('span', { class: 'skk-summary-line' }, details) : null,
                vanity ? h('p', { class: 'skk-warning' }, vanityText(t, vanity.reason)) : null,
              );
            }),
          )
        : h('p', { class: 'skk-description' }, t.noKpisForGoal),
    );
  });

  const startDate = h('input', {
    type: 'date',
    id: 'start-date',
    value: draft.startDate,
    oninput: (event: Event) => {
      draft.startDate = (event.target as HTMLInputElement).value;
    },
  });
  const intervals = h(
    'fieldset',
    { class: 'skk-question' },
    h('legend', {}, t.reviewInterval),
    model.reviewIntervals.map((interval) => {
      const id = `review-${interval.id}`;
      return h(
        'div',
        { class: 'skk-radio-block' },
        h(
          'div',
          { class: 'skk-radio' },
          h('input', {
            type: 'radio',
            id,
            name: 'review-interval',
            checked: draft.reviewIntervalMonths === interval.id,
            'aria-describedby': interval.description ? `${id}-description` : null,
            onchange: () => {
              draft.reviewIntervalMonths = interval.id;
            },
          }),
          h('label', { for: id }, interval.name),
        ),
        interval.description
          ? h('p', { class: 'skk-description', id: `${id}-description` }, interval.description)
          : null,
      );
    }),
  );

  return [
    h('p', { class: 'skk-intro' }, t.reviewIntro),
    messagesList(context, 4),
    ...groups,
    field(context, { label: t.startDate, control: startDate, key: 'startDate' }),
    intervals,
  ].filter((node): node is HTMLElement => node !== null);
}
