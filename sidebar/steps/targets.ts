/**
 * Step 4: a SMART target for every chosen KPI: channel, baseline, target, deadline, owner, cadence
 * and notes, with the unit shown. The server's messages appear under the field they are about; a KPI
 * without a target number and a deadline is flagged as not SMART while the user types.
 */
import { fill, h } from '../dom.ts';
import type { SidebarContext } from '../context.ts';
import { chosenGoals, chosenKpis, type KpiDraft } from '../draft.ts';
import type { SidebarStrings } from '../i18n.ts';
import { field, safeId, stepMessages } from '../widgets.ts';
import { FIELD_LIMITS } from '../../src/shared/fieldLimits.ts';
import type { KpiOption } from '../../src/shared/wizardApi.ts';

type TextField = 'baseline' | 'target' | 'deadline' | 'owner' | 'notes';

export function unitText(t: SidebarStrings, option: KpiOption | undefined): string {
  return option ? t.units[option.unit] : '';
}

function isSmart(kpi: KpiDraft): boolean {
  return kpi.target.trim() !== '' && kpi.deadline.trim() !== '';
}

function kpiFieldset(context: SidebarContext, kpi: KpiDraft): HTMLElement {
  const { model, draft, t } = context;
  const option = model.kpis.find((candidate) => candidate.id === kpi.kpiId);
  const base = safeId('t', kpi.kpiId);
  const key = (name: string): string => `kpi:${kpi.kpiId}:${name}`;
  // The server says the same after Next; its message then replaces this live hint.
  const serverSaysSo = context.messages.has(key('target')) || context.messages.has(key('deadline'));
  const smartHint = h(
    'p',
    { class: 'skk-warning', id: `${base}-smart`, hidden: isSmart(kpi) || serverSaysSo },
    t.notSmart,
  );
  const text = (name: TextField, attributes: Record<string, string | number> = {}): HTMLInputElement =>
    h('input', {
      type: 'text',
      id: `${base}-${name}`,
      value: kpi[name],
      autocomplete: 'off',
      ...attributes,
      oninput: (event: Event) => {
        kpi[name] = (event.target as HTMLInputElement).value;
        smartHint.hidden = isSmart(kpi);
      },
    });
  const select = <Value extends string>(
    name: 'channel' | 'cadence' | 'businessGoalId',
    options: { id: Value; name: string }[],
  ): HTMLSelectElement =>
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
  const unit = unitText(t, option);
  // Rates are typed with a % sign ("12%"); the server refuses "12" for a rate as ambiguous.
  const placeholder = option?.unit === 'fraction' ? '12%' : '';
  const goals = chosenGoals(draft);
  const legendId = `${base}-legend`;
  const description = [fill(t.unit, { unit }), option?.better === 'lower' ? t.lowerBetter : t.higherBetter].join(' · ');

  const notes = h('textarea', {
    id: `${base}-notes`,
    rows: 2,
    oninput: (event: Event) => {
      kpi.notes = (event.target as HTMLTextAreaElement).value;
    },
  });
  notes.value = kpi.notes;

  return h(
    'fieldset',
    { class: 'skk-kpi', 'aria-describedby': `${base}-unit` },
    h('legend', { id: legendId }, option?.name ?? kpi.kpiId),
    h('p', { class: 'skk-description', id: `${base}-unit` }, description),
    smartHint,
    stepMessages(context, [key('')]),
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
    h(
      'div',
      { class: 'skk-row' },
      field(context, {
        label: t.baseline,
        control: text('baseline', { placeholder }),
        key: key('baseline'),
        wide: false,
        limit: FIELD_LIMITS.number,
      }),
      field(context, {
        label: t.target,
        control: text('target', { placeholder, 'aria-required': 'true' }),
        key: key('target'),
        wide: false,
        limit: FIELD_LIMITS.number,
      }),
    ),
    h(
      'div',
      { class: 'skk-row' },
      field(context, {
        label: t.deadline,
        control: text('deadline', { type: 'date', 'aria-required': 'true' }),
        key: key('deadline'),
        wide: false,
      }),
      field(context, {
        label: t.cadence,
        control: select('cadence', model.cadences),
        key: key('cadence'),
        wide: false,
      }),
    ),
    field(context, { label: t.channel, control: select('channel', model.channels), key: key('channel') }),
    field(context, { label: t.owner, control: text('owner'), key: key('owner'), limit: FIELD_LIMITS.owner }),
    field(context, { label: t.notes, control: notes, key: key('notes'), limit: FIELD_LIMITS.notes }),
  );
}

export function renderTargets(context: SidebarContext): Node[] {
  const { t } = context;
  return [
    h('p', { class: 'skk-intro' }, t.targetsIntro),
    stepMessages(context, ['kpis']),
    ...chosenKpis(context.draft).map((kpi) => kpiFieldset(context, kpi)),
  ].filter((node): node is HTMLElement => node !== null);
}
