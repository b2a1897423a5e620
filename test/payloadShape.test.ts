/**
 * Tampered or malformed google.script.run payloads (issue 10 §5): every server entry point checks the
 * payload's shape first. A bad one is refused with a message that names the field, in the user's
 * language; nothing escapes as a JavaScript error, and nothing is written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../src/catalog/types.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import * as main from '../src/main.ts';
import { checkPayload, fields, optional, PayloadError, text } from '../src/server/payloadShape.ts';
import { createWizardServer } from '../src/commands/wizardServer.ts';
import type { FieldMessage, ServerApi, WizardInput } from '../src/shared/wizardApi.ts';
import { workbookDoor } from '../src/inMemory/workbookDoor.ts';
import { withAppsScriptGlobals } from './support/appsScriptGlobals.ts';
import { createCountingServices } from './support/countingSpreadsheetApp.ts';
import { mapRecords, newWorkbook } from './support/kpiMapWorkbook.ts';
import { goal, kpi, wizardInput } from './support/wizardFixtures.ts';

const VALID: WizardInput = wizardInput({
  businessGoals: [goal('g1', 'awareness', 'Be known in Aarhus'), goal('g2', 'service', 'Happy customers')],
  kpis: [
    kpi('follower_count', { channel: 'instagram', baseline: '1000', target: '2000' }),
    kpi('amplification_rate', { baseline: '1%', target: '2%', notes: 'Shares per post' }),
    kpi('csat', { businessGoalId: 'g2', socialGoal: 'loyalty', baseline: '60%', target: '80%' }),
  ],
});

/** A workbook that already has a KPI map (re-runs are where a partial write would hurt most), as JSON. */
const WITH_MAP = (() => {
  const workbook = newWorkbook();
  const summary = createWizardServer(workbookDoor(workbook, { today: '2026-03-01' })).applyWizard(VALID);
  if (!summary.ok) throw new Error(JSON.stringify(summary.messages));
  return JSON.stringify(workbook.toJSON());
})();

function serverOn(json: string, locale = 'en-GB'): { api: ServerApi; workbook: Workbook } {
  const workbook = Workbook.fromJSON(JSON.parse(json));
  return { api: createWizardServer(workbookDoor(workbook, { locale, today: '2026-03-01' })), workbook };
}

const stateOf = (workbook: Workbook) => JSON.stringify(workbook.toJSON());

/** Text that is a JavaScript error or a leak of internals, not a message for a user. */
const NOT_FOR_USERS =
  /is not a function|Cannot read|Cannot use|undefined|\[object|NaN|Infinity|is not iterable|TypeError|plan|Sheet "/;

function clear(message: FieldMessage): boolean {
  return message.field !== '' && message.message.trim().length > 20 && !NOT_FOR_USERS.test(message.message);
}

/** A copy of VALID with the value at `path` replaced (or removed when `value` is `REMOVE`). */
const REMOVE = Symbol('remove');
function withValue(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(VALID) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return copy;
}

const MB = 'x'.repeat(1_000_000);
const HUGE_NUMBER = '9'.repeat(309);

/** Malformed payloads of previewWizard and applyWizard, each with the field its message must name. */
const MALFORMED: [string, unknown, string][] = [
  ['null', null, 'input'],
  ['nothing', undefined, 'input'],
  ['a number', 5, 'input'],
  ['text', 'apply', 'input'],
  ['a list', [VALID], 'input'],
  ['an empty object', {}, 'language'],
  ['no business goals', withValue(['businessGoals'], REMOVE), 'businessGoals'],
  ['business goals as text', withValue(['businessGoals'], 'g1'), 'businessGoals'],
  ['a business goal that is null', withValue(['businessGoals', 0], null), 'businessGoals.0'],
  ['goal id null', withValue(['businessGoals', 0, 'id'], null), 'businessGoals.0.id'],
  ['goal id 5', withValue(['businessGoals', 0, 'id'], 5), 'businessGoals.0.id'],
  ['goal id g1|x', withValue(['businessGoals', 0, 'id'], 'g1|x'), 'businessGoals.0.id'],
  ['goal id empty', withValue(['businessGoals', 0, 'id'], ''), 'businessGoals.0.id'],
  ['the same goal id twice', withValue(['businessGoals', 1, 'id'], 'g1'), 'businessGoals.1'],
  ['goal kind a number', withValue(['businessGoals', 0, 'kind'], 5), 'businessGoals.0.kind'],
  ['goal name an object', withValue(['businessGoals', 0, 'name'], {}), 'businessGoals.0.name'],
  ['goal name of 1 MB', withValue(['businessGoals', 0, 'name'], MB), 'businessGoals.0.name'],
  ['21 business goals', withValue(['businessGoals'], Array(21).fill(goal('g1', 'awareness'))), 'businessGoals'],
  ['no KPIs', withValue(['kpis'], REMOVE), 'kpis'],
  ['KPIs as an object', withValue(['kpis'], { 0: kpi('likes') }), 'kpis'],
  ['a KPI that is text', withValue(['kpis', 0], 'likes'), 'kpis.0'],
  ['251 KPIs', withValue(['kpis'], Array(251).fill(kpi('likes'))), 'kpis'],
  ['kpiId 5', withValue(['kpis', 0, 'kpiId'], 5), 'kpis.0.kpiId'],
  ['kpiId null', withValue(['kpis', 0, 'kpiId'], null), 'kpis.0.kpiId'],
  ['kpiId {}', withValue(['kpis', 0, 'kpiId'], {}), 'kpis.0.kpiId'],
  ['kpiId kpi_status', withValue(['kpis', 0, 'kpiId'], 'kpi_status'), 'kpis.0.kpiId'],
  ['kpiId social_kpis', withValue(['kpis', 0, 'kpiId'], 'social_kpis'), 'kpis.0.kpiId'],
  ['kpiId as a function name', withValue(['kpis', 1, 'kpiId'], 'AMPLIFICATION_RATE'), 'kpis.1.kpiId'],
  [
    'FOLLOWER_COUNT beside follower_count',
    withValue(['kpis', 1], kpi('FOLLOWER_COUNT', { channel: 'instagram' })),
    'kpis.1.kpiId',
  ],
  ['baseline 5', withValue(['kpis', 0, 'baseline'], 5), 'kpis.0.baseline'],
  ['baseline a list', withValue(['kpis', 0, 'baseline'], ['1000']), 'kpis.0.baseline'],
  ['baseline of 309 digits', withValue(['kpis', 0, 'baseline'], HUGE_NUMBER), 'kpis.0.baseline'],
  ['target of 400 digits', withValue(['kpis', 0, 'target'], '9'.repeat(400)), 'kpis.0.target'],
  ['target null', withValue(['kpis', 0, 'target'], null), 'kpis.0.target'],
  ['deadline a list', withValue(['kpis', 0, 'deadline'], ['2026-12-31']), 'kpis.0.deadline'],
  ['deadline a number', withValue(['kpis', 0, 'deadline'], 46387), 'kpis.0.deadline'],
  ['owner an object', withValue(['kpis', 0, 'owner'], { name: 'Mette' }), 'kpis.0.owner'],
  ['owner of 1 MB', withValue(['kpis', 0, 'owner'], MB), 'kpis.0.owner'],
  ['notes an object', withValue(['kpis', 0, 'notes'], { text: 'x' }), 'kpis.0.notes'],
  ['notes a list', withValue(['kpis', 0, 'notes'], ['x']), 'kpis.0.notes'],
  ['notes of 1 MB', withValue(['kpis', 0, 'notes'], MB), 'kpis.0.notes'],
  ['channel a number', withValue(['kpis', 0, 'channel'], 5), 'kpis.0.channel'],
  ['channel unknown', withValue(['kpis', 0, 'channel'], 'myspace'), 'kpis.0.channel'],
  ['cadence unknown', withValue(['kpis', 0, 'cadence'], 'hourly'), 'kpis.0.cadence'],
  ['social goal an object', withValue(['kpis', 0, 'socialGoal'], {}), 'kpis.0.socialGoal'],
  ['business goal id a number', withValue(['kpis', 0, 'businessGoalId'], 1), 'kpis.0.businessGoalId'],
  ['answers null', withValue(['answers'], null), 'answers'],
  ['an answer "yes"', withValue(['answers', 'paidAds'], 'yes'), 'answers.paidAds'],
  ['an answer missing', withValue(['answers', 'surveys'], REMOVE), 'answers.surveys'],
  ['start date a list', withValue(['startDate'], ['2026-01-01']), 'startDate'],
  ['start date null', withValue(['startDate'], null), 'startDate'],
  ['review interval as text', withValue(['reviewIntervalMonths'], '3'), 'reviewIntervalMonths'],
  ['review interval 4', withValue(['reviewIntervalMonths'], 4), 'reviewIntervalMonths'],
  ['language 5', withValue(['language'], 5), 'language'],
  ['language de', withValue(['language'], 'de'), 'language'],
];

interface Tally {
  tried: number;
  refused: number;
  accepted: number;
  unclear: number;
  escaped: number;
  changedWhenRefused: number;
}
const tally = (): Tally => ({ tried: 0, refused: 0, accepted: 0, unclear: 0, escaped: 0, changedWhenRefused: 0 });

/** A server on a workbook with a KPI map, kept across calls until a call changes the workbook. */
interface Bench {
  api: ServerApi;
  workbook: Workbook;
  state: string;
}
function bench(locale = 'en-GB'): Bench {
  const { api, workbook } = serverOn(WITH_MAP, locale);
  return { api, workbook, state: stateOf(workbook) };
}

/** Calls one entry point with a payload and counts what happened. */
function tryPayload(
  entry: 'previewWizard' | 'applyWizard' | 'getWizardModel',
  payload: unknown,
  into: Tally,
  on: Bench = bench(),
): FieldMessage[] {
  into.tried++;
  let messages: FieldMessage[] = [];
  let refused: boolean;
  try {
    const answer = (on.api[entry] as (payload: unknown) => unknown)(payload);
    if (entry === 'getWizardModel') refused = false;
    else {
      messages = (answer as { messages: FieldMessage[] }).messages;
      refused = entry === 'applyWizard' ? !(answer as { ok: boolean }).ok : messages.length > 0;
    }
  } catch (error) {
    if (!(error instanceof PayloadError)) {
      into.escaped++;
      Object.assign(on, bench());
      return [{ field: 'exception', message: String(error) }];
    }
    messages = error.messages;
    refused = true;
  }
  const changed = stateOf(on.workbook) !== on.state;
  // An accepted apply changes the workbook: the next payload gets a fresh copy with the map.
  if (changed) Object.assign(on, bench());
  if (!refused) {
    into.accepted++;
    return messages;
  }
  into.refused++;
  if (messages.length === 0 || !messages.every(clear)) into.unclear++;
  if (changed) into.changedWhenRefused++;
  return messages;
}

describe('a malformed payload of previewWizard or applyWizard', () => {
  for (const entry of ['previewWizard', 'applyWizard'] as const) {
    it(`${entry} refuses each, naming the field, and writes nothing`, () => {
      const counts = tally();
      const wrong: string[] = [];
      const on = bench();
      for (const [name, payload, field] of MALFORMED) {
        const messages = tryPayload(entry, payload, counts, on);
        const named = messages.some((message) => message.field === field || message.field.startsWith(`${field}.`));
        if (!named) wrong.push(`${name}: ${JSON.stringify(messages).slice(0, 300)}`);
      }
      expect(wrong).toEqual([]);
      expect(counts).toEqual({ ...tally(), tried: MALFORMED.length, refused: MALFORMED.length });
    });
  }

  it('is refused in the language it names, else the user’s, with the field and the limit', () => {
    const notes = (language: Language) => ({ ...VALID, language, kpis: [{ ...VALID.kpis[0], notes: MB }] });
    const said = (['en', 'da', 'nl'] as const).map((language) => serverOn(WITH_MAP).api.applyWizard(notes(language)));
    expect(said.map((summary) => summary.messages)).toEqual([
      [
        {
          field: 'kpis.0.notes',
          message: 'Notes can hold at most 5,000 characters; this one has 1,000,000. Shorten it.',
        },
      ],
      [
        {
          field: 'kpis.0.notes',
          message: 'Noter kan højst rumme 5.000 tegn; her er der 1.000.000. Gør teksten kortere.',
        },
      ],
      [
        {
          field: 'kpis.0.notes',
          message: 'Notities mag hoogstens 5.000 tekens bevatten; hier staan er 1.000.000. Maak de tekst korter.',
        },
      ],
    ]);
    // null has no language of its own: the user's (a Danish locale) is used.
    const danish = serverOn(WITH_MAP, 'da_DK').api.applyWizard(null as unknown as WizardInput);
    expect(danish.messages).toEqual([
      {
        field: 'input',
        message:
          'Guidens input skal være et sæt felter, men guiden sendte null. Luk guiden, åbn den igen, og prøv en gang til.',
      },
    ]);
  });

  it('previewWizard without business goals says so instead of recommending from nothing', () => {
    const preview = serverOn(WITH_MAP).api.previewWizard(withValue(['businessGoals'], REMOVE) as WizardInput);
    expect(preview.recommendations).toEqual([]);
    expect(preview.messages).toEqual([
      {
        field: 'businessGoals',
        message:
          'businessGoals is missing from what the wizard sent. Close the wizard, open it again and try once more.',
      },
    ]);
  });

  it('a goal id the next run could not read back is refused on the first', () => {
    for (const id of [null, 5, 'g1|x']) {
      const input = {
        ...VALID,
        businessGoals: [goal(id as string, 'awareness', 'Be known')],
        kpis: [kpi('follower_count', { businessGoalId: id as string })],
      };
      const { api, workbook } = serverOn(WITH_MAP);
      const summary = api.applyWizard(input);
      expect(summary.ok, `goal id ${JSON.stringify(id)}`).toBe(false);
      expect(summary.messages[0].field).toBe('businessGoals.0.id');
      expect(mapRecords(workbook)).toEqual(mapRecords(serverOn(WITH_MAP).workbook));
    }
  });

  it('drops fields the wire type does not have, so nothing unchecked reaches the plan', () => {
    const { api, workbook } = serverOn(JSON.stringify(newWorkbook().toJSON()));
    const extra = { ...VALID, kpis: VALID.kpis.map((choice) => ({ ...choice, formula: '=IMPORTXML("x")' })), x: 1 };
    expect(api.applyWizard(extra).ok).toBe(true);
    expect(JSON.stringify(workbook.toJSON())).not.toContain('IMPORTXML');
  });
});

describe('the shape check’s building blocks', () => {
  it('an optional field may be left out, and is checked when present', () => {
    const shape = fields<{ revision?: string }>({ revision: optional(text(10)) });
    expect(checkPayload(shape, {}, 'en')).toEqual({ ok: true, value: { revision: undefined } });
    expect(checkPayload(shape, { revision: 'r1' }, 'en')).toEqual({ ok: true, value: { revision: 'r1' } });
    expect(checkPayload(shape, { revision: 7 }, 'nl')).toEqual({
      ok: false,
      language: 'nl',
      messages: [
        {
          field: 'revision',
          message:
            'revision moet tekst zijn, maar de wizard stuurde een getal. Sluit de wizard, open hem opnieuw en probeer het nog eens.',
        },
      ],
    });
  });
});

describe('getWizardModel’s language argument', () => {
  it('takes null, nothing or en/da/nl, and refuses anything else naming the field, in the user’s language', () => {
    for (const language of [null, undefined, 'en', 'da', 'nl']) {
      expect(() => serverOn(WITH_MAP).api.getWizardModel(language as Language)).not.toThrow();
    }
    const counts = tally();
    const on = bench();
    for (const payload of [5, {}, [], 'de', true, MB, { language: 'da' }]) {
      const messages = tryPayload('getWizardModel', payload, counts, on);
      expect(messages.map((message) => message.field)).toEqual(['language']);
    }
    expect(counts).toEqual({ ...tally(), tried: 7, refused: 7 });
    const { api } = serverOn(WITH_MAP, 'nl_NL');
    expect(() => api.getWizardModel('fr' as Language)).toThrow(
      'language ‘fr’ is geen taal van de wizard: gebruik en, da of nl.',
    );
  });
});

/** Paths into VALID, to mutate: every field of the payload, its goals, KPIs and answers. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])),
  ];
}
const PATHS = pathsOf(VALID).filter((path) => path.length > 0);

/** Arbitrary JSON, or VALID with one field replaced by arbitrary JSON, removed, or made very long. */
const payloads: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc
    .tuple(
      fc.constantFrom(...PATHS),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant(REMOVE),
        fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)),
        fc.integer({ min: 150, max: 60_000 }).map((n) => 'ä"\u0001'.repeat(n)),
      ),
    )
    .map(([path, value]) => withValue(path, value)),
);

describe('arbitrary payloads (fast-check)', () => {
  for (const [entry, runs] of [
    ['previewWizard', 300],
    ['applyWizard', 150],
    ['getWizardModel', 200],
  ] as const) {
    it(`${entry}: none escapes as an exception, every refusal is clear and writes nothing`, () => {
      const counts = tally();
      const unclear: string[] = [];
      const on = bench();
      fc.assert(
        fc.property(entry === 'getWizardModel' ? fc.jsonValue() : payloads, (payload) => {
          const before = { ...counts };
          const messages = tryPayload(entry, payload, counts, on);
          if (counts.unclear > before.unclear || counts.escaped > before.escaped) {
            unclear.push(JSON.stringify(messages).slice(0, 300));
          }
        }),
        { numRuns: runs, seed: 20261206 },
      );
      if (process.env.PAYLOAD_FIGURES) console.info(entry, JSON.stringify(counts));
      expect(unclear).toEqual([]);
      expect(counts).toMatchObject({ tried: runs, escaped: 0, unclear: 0, changedWhenRefused: 0 });
      expect(counts.refused).toBeGreaterThan(runs / 2);
    });
  }
});

describe('the Apps Script entry points (src/main.ts)', () => {
  it('refuse a malformed payload before touching the spreadsheet, in the user’s language', () => {
    const services = createCountingServices(['Numbers']);
    const answers = withAppsScriptGlobals(services, 'nl_NL', {}, () => [
      main.applyWizard(null as unknown as WizardInput),
      main.previewWizard({ ...VALID, kpis: [{ ...VALID.kpis[0], kpiId: 5 }] } as unknown as WizardInput),
    ]);
    expect(answers.map((answer) => answer.messages.map((message) => message.field))).toEqual([
      ['input'],
      ['kpis.0.kpiId'],
    ]);
    expect(answers[0].messages[0].message).toMatch(/^De invoer van de wizard moet een set velden zijn/);
    expect(services.log.filter((call) => !call.startsWith('SpreadsheetApp.getActiveSpreadsheet'))).toEqual([]);
  });
});

describe('entry points without a payload', () => {
  const JUNK: unknown[][] = [[null], [5], ['kpiMap'], [{ language: 'da' }], [[1, 2]], [MB, {}, null]];

  it('activateKpiMap never reads its arguments: junk does what no arguments do', () => {
    for (const args of JUNK) {
      const plain = serverOn(WITH_MAP);
      const junk = serverOn(WITH_MAP);
      plain.api.activateKpiMap();
      (junk.api.activateKpiMap as (...a: unknown[]) => void)(...args);
      expect(stateOf(junk.workbook)).toBe(stateOf(plain.workbook));
    }
  });

  it('the menu commands never read their arguments: junk does what no arguments do', () => {
    const commands = ['buildReport', 'prepareForSharing', 'undoPrepareForSharing', 'onOpen', 'onInstall'] as const;
    const run = (command: (typeof commands)[number], args: unknown[]) => {
      const services = createCountingServices(['Numbers']);
      services.state.sheets[0].type(2, 3, '=CTR(A2,B2)');
      const dialogs: string[] = [];
      const ui = {
        ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' },
        Button: { OK: 'OK', CANCEL: 'CANCEL' },
        alert: (title: string, message: string) => dialogs.push(`${title}: ${message}`) && 'OK',
        createAddonMenu: () => {
          const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => dialogs.push('menu') };
          return menu;
        },
      };
      withAppsScriptGlobals(services, 'da_DK', ui, () => (main[command] as (...a: unknown[]) => void)(...args));
      return { dialogs, log: services.log.join('\n') };
    };
    for (const command of commands) {
      const plain = run(command, []);
      expect(plain.dialogs.length, command).toBeGreaterThan(0);
      for (const args of JUNK) expect(run(command, args), `${command}(${JSON.stringify(args)})`).toEqual(plain);
    }
  });
});
