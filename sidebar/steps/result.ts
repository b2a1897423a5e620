/** After Build: what was created or updated, and a button that brings the KPI map tab to the front. */
import { fill, h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { renderNotices } from './conflicts.ts';
import { canOpenImport, openImport } from '../openImport.ts';

export function renderResult(context: SidebarContext, openMap: () => void, changeChoices: () => void): Node[] {
  const { summary, t } = context;
  if (!summary) return [];
  const lines = [
    summary.sheetsCreated.length
      ? fill(t.sheetsCreated, { sheets: summary.sheetsCreated.join(', ') })
      : t.noSheetsCreated,
    fill(t.rowsAdded, { n: summary.rowsAdded }),
    fill(t.rowsUpdated, { n: summary.rowsUpdated }),
    fill(t.rowsRetired, { n: summary.rowsRetired }),
  ];
  return [
    ...renderNotices(context, summary.notices ?? [], 'result-notices'),
    h('p', { class: 'skk-intro' }, t.resultIntro),
    h(
      'ul',
      { class: 'skk-result', id: 'result-summary' },
      lines.map((line) => h('li', {}, line)),
    ),
    h(
      'div',
      { class: 'skk-actions' },
      h('button', { type: 'button', class: 'skk-primary', id: 'open-map', onclick: openMap }, t.openMap),
      h(
        'button',
        { type: 'button', class: 'skk-secondary', id: 'change-choices', onclick: changeChoices },
        t.changeChoices,
      ),
    ),
    // The next step after building the map: fill "KPI data" from the platforms' exports (issue 12).
    canOpenImport()
      ? h(
          'p',
          {},
          h(
            'button',
            { type: 'button', class: 'skk-secondary', id: 'open-import', onclick: openImport },
            t.importExports,
          ),
        )
      : null,
    context.openedSheet
      ? h('p', { class: 'skk-description', id: 'map-opened' }, fill(t.mapOpened, { sheet: context.openedSheet }))
      : null,
  ].filter((node) => node !== null);
}
