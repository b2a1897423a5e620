/**
 * Shown on the review step when Build found fields changed both in this wizard and elsewhere since
 * it was opened: each field with the user's value and the sheet's, to choose from. Build then
 * applies the merged choices. Also the notices about the sheets' hidden parts.
 */
import { fill, h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { safeId } from '../widgets.ts';

export function renderConflicts(context: SidebarContext): Node[] {
  const { conflicts, t } = context;
  if (!conflicts) return [];
  return [
    h(
      'section',
      { class: 'skk-group skk-conflicts', id: 'conflicts', 'aria-labelledby': 'conflicts-title' },
      h('h3', { id: 'conflicts-title' }, t.conflictsTitle),
      h('p', { class: 'skk-message' }, t.conflictsIntro),
      conflicts.list.map((conflict) => {
        const id = safeId('conflict', conflict.field);
        const choice = (side: 'mine' | 'sheet', label: string) =>
          h(
            'div',
            { class: 'skk-radio' },
            h('input', {
              type: 'radio',
              name: id,
              id: `${id}-${side}`,
              checked: conflicts.takeSheets.has(conflict.field) === (side === 'sheet'),
              onchange: () => {
                if (side === 'sheet') conflicts.takeSheets.add(conflict.field);
                else conflicts.takeSheets.delete(conflict.field);
              },
            }),
            h('label', { for: `${id}-${side}` }, label),
          );
        return h(
          'fieldset',
          { class: 'skk-question' },
          h('legend', {}, conflict.label),
          h(
            'div',
            { class: 'skk-radios' },
            choice('mine', fill(t.keepMine, { value: conflict.yours })),
            choice('sheet', fill(t.takeSheets, { value: conflict.theirs })),
          ),
        );
      }),
    ),
  ];
}

/** Damaged hidden records or a deleted key row, as the server reported them. */
export function renderNotices(context: SidebarContext, notices: readonly string[], id: string): Node[] {
  if (notices.length === 0) return [];
  return [
    h(
      'section',
      { class: 'skk-warning', id, 'aria-labelledby': `${id}-title` },
      h('h3', { id: `${id}-title` }, context.t.noticesTitle),
      notices.map((notice) => h('p', {}, notice)),
    ),
  ];
}
