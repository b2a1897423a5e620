/** Step 1: the business goals social media should support, each named by the user. */
import { h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { FIELD_LIMITS } from '../../src/shared/fieldLimits.ts';
import { describeControl, field, safeId, stepMessages } from '../widgets.ts';

export function renderGoals(context: SidebarContext): Node[] {
  const { model, draft, t } = context;
  const items = draft.goals.map((goal, index) => {
    const option = model.businessGoals.find((candidate) => candidate.id === goal.kind);
    const id = safeId('goal', goal.kind);
    const checkbox = h('input', {
      type: 'checkbox',
      id,
      checked: goal.chosen,
      onchange: (event: Event) => {
        goal.chosen = (event.target as HTMLInputElement).checked;
        context.update();
      },
    });
    describeControl(context, checkbox, null, `${id}-description`);
    const nameInput = h('input', {
      type: 'text',
      id: `${id}-name`,
      value: goal.name,
      autocomplete: 'off',
      oninput: (event: Event) => {
        goal.name = (event.target as HTMLInputElement).value;
      },
    });
    return h(
      'li',
      { class: goal.chosen ? 'skk-choice skk-chosen' : 'skk-choice' },
      h('div', { class: 'skk-check' }, checkbox, h('label', { for: id }, option?.name ?? goal.kind)),
      h('p', { class: 'skk-description', id: `${id}-description` }, option?.description ?? ''),
      goal.chosen
        ? field(context, {
            label: t.goalName,
            control: nameInput,
            key: `goal:${goal.kind}:name`,
            limit: FIELD_LIMITS.goalName,
          })
        : null,
      // A message about this goal as a whole (e.g. a duplicate) when no single field is named.
      goal.chosen ? stepMessages(context, [`goal:${goal.kind}:`, `businessGoals.${index}`]) : null,
    );
  });
  return [
    h('p', { class: 'skk-intro' }, t.goalsIntro),
    stepMessages(context, ['businessGoals']),
    h('ul', { class: 'skk-choices' }, items),
  ].filter((node): node is HTMLElement => node !== null);
}
