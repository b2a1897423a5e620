/** Step 2: the "be critical" questions that change the recommendations, each with why it is asked. */
import { fill, h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { safeId, stepMessages } from '../widgets.ts';

export function renderCritical(context: SidebarContext): Node[] {
  const { model, draft, t } = context;
  const choices: [string, boolean | null][] = [
    [t.yes, true],
    [t.no, false],
    [t.unsure, null],
  ];
  const questions = model.questions.map((question) => {
    const whyId = safeId('q', question.id, 'why');
    const radios = choices.map(([label, value]) => {
      const id = safeId('q', question.id, String(value));
      return h(
        'div',
        { class: 'skk-radio' },
        h('input', {
          type: 'radio',
          id,
          name: safeId('q', question.id),
          checked: draft.answers[question.id] === value,
          onchange: () => {
            draft.answers[question.id] = value;
          },
        }),
        h('label', { for: id }, label),
      );
    });
    return h(
      'fieldset',
      { class: 'skk-question', 'aria-describedby': whyId },
      h('legend', {}, question.question),
      h('div', { class: 'skk-radios' }, radios),
      h('p', { class: 'skk-description', id: whyId }, fill(t.whyAsked, { why: question.why })),
      stepMessages(context, [`answers.${question.id}`]),
    );
  });
  return [h('p', { class: 'skk-intro' }, t.criticalIntro), stepMessages(context, ['answers']), ...questions].filter(
    (node): node is HTMLElement => node !== null,
  );
}
