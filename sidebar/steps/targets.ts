/**
 * Step 4: a SMART target for every chosen KPI, as a compact list that stays short with 17 KPIs:
 * one row per KPI with baseline → target and the deadline; the details (deadline, cadence, channel,
 * owner, notes, goal) open on demand, and "Same for several KPIs" gives many KPIs one deadline,
 * owner or cadence at once. The server's messages appear under the field they are about; a row
 * with a message in its details opens by itself.
 */
import { fill, h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { chosenGoals, chosenKpis, type Draft, type KpiDraft } from '../draft.ts';
import type { SidebarStrings } from '../i18n.ts';
import { describeControl, field, safeId, stepMessages } from '../widgets.ts';
import { displayDate } from '../../src/wizard/displayDate.ts';
import { FIELD_LIMITS } from '../../src/shared/fieldLimits.ts';
import type { Cadence, KpiOption, Language } from '../../src/shared/wizardApi.ts';

type TextField = 'baseline' | 'target' | 'deadline' | 'owner' | 'notes';
/** The fields behind a row's "details" button: a message for one of them opens the row. */
const DETAIL_FIELDS = ['deadline', 'cadence', 'channel', 'owner', 'notes', 'businessGoalId'];

export function unitText(t: SidebarStrings, option: KpiOption | undefined): string {
  return option ? t.units[option.unit] : '';
}

/** What the user opened and picked on this step, kept across re-renders (not part of the wire input). */
interface TargetsView {
  open: Set<string>;
  bulkOpen: boolean;
  /** KPIs left out of "Same for several KPIs"; every other chosen KPI is in. */
  bulkLeftOut: Set<string>;
  bulkDone: string;
}
const views = new WeakMap<Draft, TargetsView>();
function viewOf(draft: Draft): TargetsView {
  let view = views.get(draft);
  if (!view) views.set(draft, (view = { open: new Set(), bulkOpen: false, bulkLeftOut: new Set(), bulkDone: '' }));
  return view;
}

function missingText(t: SidebarStrings, kpi: KpiDraft): string | null {
  const noTarget = kpi.target.trim() === '';
  const noDeadline = kpi.deadline.trim() === '';
  if (noTarget && noDeadline) return t.notSmartBoth;
  if (noTarget) return t.notSmartTarget;
  return noDeadline ? t.notSmartDeadline : null;
}

function deadlineText(t: SidebarStrings, language: Language, deadline: string): string {
  return deadline.trim() ? fill(t.byDeadline, { deadline: displayDate(deadline, language, 'numeric') }) : t.noDeadline;
}

function kpiRow(context: SidebarContext, kpi: KpiDraft): HTMLElement {
  const { model, draft, t } = context;
  const view = viewOf(draft);
  const option = model.kpis.find((candidate) => candidate.id === kpi.kpiId);
  const base = safeId('t', kpi.kpiId);
  const key = (name: string): string => `kpi:${kpi.kpiId}:${name}`;
  if (DETAIL_FIELDS.some((name) => context.messages.has(key(name)))) view.open.add(kpi.kpiId);
  const open = view.open.has(kpi.kpiId);

  // The server says the same after Next; its message then replaces this live hint.
  const serverSaysSo = context.messages.has(key('target')) || context.messages.has(key('deadline'));
  const smartHint = h('p', { class: 'skk-warning skk-smart', id: `${base}-smart` });
  const when = h('span', { class: 'skk-when', id: `${base}-when` });
  const refresh = (): void => {
    const missing = missingText(t, kpi);
    smartHint.textContent = missing ?? '';
    // Only for a row the user has begun: seventeen identical warnings on arrival would say nothing.
    const begun = [kpi.baseline, kpi.target, kpi.deadline].some((value) => value.trim() !== '');
    smartHint.hidden = missing === null || serverSaysSo || !begun;
    when.textContent = deadlineText(t, draft.language, kpi.deadline);
    when.classList.toggle('skk-when-missing', kpi.deadline.trim() === '');
  };
  refresh();

  const text = (name: TextField, attributes: Record<string, string | number> = {}): HTMLInputElement =>
    h('input', {
      type: 'text',
      id: `${base}-${name}`,
      value: kpi[name],
      autocomplete: 'off',
      ...attributes,
      oninput: (event: Event) => {
        kpi[name] = (event.target as HTMLInputElement).value;
        refresh();
      },
    });
  const select = (name: 'channel' | 'cadence' | 'businessGoalId', options: { id: string; name: string }[]) =>
    h(
      'select',
      {
        id: `${base}-${name}`,
        onchange: (event: Event) => {
          (kpi as unknown as Record<string, string>)[name] = (event.target as HTMLSelectElement).value;
        },
      },
      options.map((choice) => h('option', { value: choice.id, selected: choice.id === kpi[name] }, choice.name)),
    );

  // Rates are typed with a % sign ("12%"); the server refuses "12" for a rate as ambiguous.
  const placeholder = option?.unit === 'fraction' ? '12%' : '';
  const nameId = `${base}-name`;
  const inline = (name: 'baseline' | 'target', attributes: Record<string, string>) => {
    const control = text(name, {
      placeholder,
      'aria-labelledby': `targets-${name} ${nameId}`,
      maxlength: FIELD_LIMITS.number,
      ...attributes,
    });
    return [control, describeControl(context, control, key(name), `${base}-unit`)] as const;
  };
  const [baseline, baselineMessage] = inline('baseline', {});
  const [target, targetMessage] = inline('target', { 'aria-required': 'true' });

  const notes = h('textarea', {
    id: `${base}-notes`,
    rows: 2,
    oninput: (event: Event) => {
      kpi.notes = (event.target as HTMLTextAreaElement).value;
    },
  });
  notes.value = kpi.notes;
  const goals = chosenGoals(draft);
  const detailsId = `${base}-details`;
  const details = h(
    'div',
    { class: 'skk-details', id: detailsId, hidden: !open },
    field(context, {
      label: t.deadline,
      control: text('deadline', { type: 'date', 'aria-required': 'true' }),
      key: key('deadline'),
    }),
    h(
      'div',
      { class: 'skk-row' },
      field(context, {
        label: t.cadence,
        control: select('cadence', model.cadences),
        key: key('cadence'),
        wide: false,
      }),
      field(context, {
        label: t.channel,
        control: select('channel', model.channels),
        key: key('channel'),
        wide: false,
      }),
    ),
    field(context, { label: t.owner, control: text('owner'), key: key('owner'), limit: FIELD_LIMITS.owner }),
    goals.length > 1
      ? field(context, {
          label: t.businessGoal,
          control: select(
            'businessGoalId',
            goals.map((goal) => ({ id: goal.id, name: goal.name })),
          ),
          key: key('businessGoalId'),
        })
      : null,
    field(context, { label: t.notes, control: notes, key: key('notes'), limit: FIELD_LIMITS.notes }),
  );
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'skk-disclosure',
      id: `${base}-more`,
      'aria-expanded': open ? 'true' : 'false',
      'aria-controls': detailsId,
      onclick: () => {
        const opening = !view.open.has(kpi.kpiId);
        if (opening) view.open.add(kpi.kpiId);
        else view.open.delete(kpi.kpiId);
        toggle.setAttribute('aria-expanded', String(opening));
        details.hidden = !opening;
      },
    },
    h('span', { class: 'skk-target-name', id: nameId }, option?.name ?? kpi.kpiId),
    h('span', { class: 'skk-more' }, t.details),
  );
  const direction = option?.better === 'lower' ? t.lowerBetter : t.higherBetter;

  return h(
    'li',
    {},
    h(
      'div',
      { class: 'skk-target', role: 'group', 'aria-labelledby': nameId },
      toggle,
      h(
        'div',
        { class: 'skk-target-line' },
        baseline,
        h('span', { class: 'skk-arrow', 'aria-hidden': 'true' }, '→'),
        target,
        when,
      ),
      h(
        'p',
        { class: 'skk-unit', id: `${base}-unit` },
        `${fill(t.unit, { unit: unitText(t, option) })} · ${direction}`,
      ),
      baselineMessage,
      targetMessage,
      smartHint,
      stepMessages(context, [key('')]),
      details,
    ),
  );
}

/** "Same for several KPIs": one deadline, owner or cadence for the KPIs ticked in it (all by default). */
function bulkEditor(context: SidebarContext, kpis: readonly KpiDraft[]): HTMLElement {
  const { model, draft, t } = context;
  const view = viewOf(draft);
  const panelId = 'bulk-panel';
  const names = new Map(model.kpis.map((option) => [option.id, option.name]));
  const boxes = kpis.map((kpi) =>
    h('input', { type: 'checkbox', id: safeId('bulk', kpi.kpiId), checked: !view.bulkLeftOut.has(kpi.kpiId) }),
  );
  const all = h('input', { type: 'checkbox', id: 'bulk-all' });
  const syncAll = (): void => {
    const ticked = boxes.filter((box) => box.checked).length;
    all.checked = ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  };
  syncAll();
  all.addEventListener('change', () => {
    for (const box of boxes) box.checked = all.checked;
  });
  boxes.forEach((box, index) =>
    box.addEventListener('change', () => {
      if (box.checked) view.bulkLeftOut.delete(kpis[index].kpiId);
      else view.bulkLeftOut.add(kpis[index].kpiId);
      syncAll();
    }),
  );
  all.addEventListener('change', () => {
    for (const kpi of kpis) {
      if (all.checked) view.bulkLeftOut.delete(kpi.kpiId);
      else view.bulkLeftOut.add(kpi.kpiId);
    }
  });
  const deadline = h('input', { type: 'date', id: 'bulk-deadline' });
  const owner = h('input', { type: 'text', id: 'bulk-owner', maxlength: FIELD_LIMITS.owner, autocomplete: 'off' });
  const cadence = h(
    'select',
    { id: 'bulk-cadence' },
    h('option', { value: '' }, t.bulkKeep),
    model.cadences.map((choice) => h('option', { value: choice.id }, choice.name)),
  );
  const done = h('p', { class: 'skk-done', id: 'bulk-done', role: 'status' }, view.bulkDone);
  const apply = (): void => {
    const chosen = kpis.filter((_, index) => boxes[index].checked);
    for (const kpi of chosen) {
      if (deadline.value) kpi.deadline = deadline.value;
      if (owner.value.trim()) kpi.owner = owner.value.trim();
      if (cadence.value) kpi.cadence = cadence.value as Cadence;
    }
    view.bulkDone = fill(t.bulkDone, { n: chosen.length });
    context.update();
  };
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'skk-secondary skk-bulk-toggle',
      id: 'bulk-toggle',
      'aria-expanded': view.bulkOpen ? 'true' : 'false',
      'aria-controls': panelId,
      onclick: () => {
        view.bulkOpen = !view.bulkOpen;
        toggle.setAttribute('aria-expanded', String(view.bulkOpen));
        panel.hidden = !view.bulkOpen;
      },
    },
    t.bulkToggle,
  );
  const panel = h(
    'div',
    { class: 'skk-bulk', id: panelId, hidden: !view.bulkOpen },
    h(
      'fieldset',
      { class: 'skk-bulk-kpis' },
      h('legend', {}, t.bulkFor),
      h('div', { class: 'skk-check' }, all, h('label', { for: 'bulk-all' }, t.bulkAll)),
      kpis.map((kpi, index) =>
        h(
          'div',
          { class: 'skk-check' },
          boxes[index],
          h('label', { for: boxes[index].id }, names.get(kpi.kpiId) ?? kpi.kpiId),
        ),
      ),
    ),
    field(context, { label: t.deadline, control: deadline }),
    h(
      'div',
      { class: 'skk-row' },
      field(context, { label: t.owner, control: owner, wide: false }),
      field(context, { label: t.cadence, control: cadence, wide: false }),
    ),
    h('button', { type: 'button', class: 'skk-primary', id: 'bulk-apply', onclick: apply }, t.bulkApply),
    done,
  );
  return h('div', { class: 'skk-bulk-area' }, toggle, panel);
}

export function renderTargets(context: SidebarContext): Node[] {
  const { t } = context;
  const kpis = chosenKpis(context.draft);
  return [
    h('p', { class: 'skk-intro' }, t.targetsIntro),
    stepMessages(context, ['kpis']),
    kpis.length > 1 ? bulkEditor(context, kpis) : null,
    kpis.length
      ? h(
          'p',
          { class: 'skk-columns', 'aria-hidden': 'true' },
          h('span', { id: 'targets-baseline' }, t.baseline),
          ' → ',
          h('span', { id: 'targets-target' }, t.target),
        )
      : null,
    h(
      'ul',
      { class: 'skk-targets' },
      kpis.map((kpi) => kpiRow(context, kpi)),
    ),
  ].filter((node): node is HTMLElement => node !== null);
}
