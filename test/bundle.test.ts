/**
 * The built dist/*.js, as Apps Script sees them: classic scripts sharing one bare global scope (no
 * require, module or window), custom functions in Code.js with their JSDoc directly above, nothing
 * run at load.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script, createContext, runInContext, type Context } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { METRICS, SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import { INPUTS } from '../src/catalog/inputs.ts';
import type { KpiInput, SheetFunctionDefinition } from '../src/catalog/types.ts';
import { callSheetFunction } from '../src/functions/kpiFunctions.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const distPath = fileURLToPath(new URL('../dist/', import.meta.url));
const codePath = `${distPath}Code.js`;
/** Apps Script services: touching any of them while loading would break onOpen in AuthMode.NONE. */
const SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'ScriptApp',
  'Session',
  'CacheService',
  'LockService',
  'UrlFetchApp',
  'DriveApp',
  'Utilities',
  'Logger',
  'console',
];

/** Code.js: the custom functions. */
let code = '';
/** Every script file pushed (Code.js and any other dist/*.js): Apps Script loads them all on every call. */
let scripts: { name: string; source: string }[] = [];
let allSources = '';

beforeAll(() => {
  // `npm test` builds first; run on its own (npx vitest run test/bundle.test.ts) the test builds itself.
  if (process.env.npm_lifecycle_event !== 'test') execSync('npx tsx scripts/build.ts', { cwd: root, stdio: 'pipe' });
  code = readFileSync(codePath, 'utf8');
  scripts = readdirSync(distPath)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ name, source: readFileSync(`${distPath}${name}`, 'utf8') }));
  allSources = scripts.map((script) => script.source).join('\n');
});

/** The lazily created modules: each `var NAME_cache;` at top level. */
const moduleCaches = () => [...allSources.matchAll(/^var (\w+_cache);/gm)].map((m) => m[1]);

/** Loads every dist script in one fresh context whose only globals are service stand-ins that record any touch. */
function load(): { context: Context; touched: string[] } {
  const touched: string[] = [];
  const sandbox: Record<string, unknown> = {};
  for (const name of SERVICES) {
    Object.defineProperty(sandbox, name, {
      get: () => {
        touched.push(name);
        return new Proxy({}, { get: () => () => undefined });
      },
    });
  }
  const context = createContext(sandbox);
  for (const script of scripts) runInContext(script.source, context, { filename: script.name });
  return { context, touched };
}

/** A valid argument for one input: single values, or a column for inputs that read a whole list. */
function sampleArg(input: KpiInput): unknown {
  const byName: Record<string, number> = {
    baseline: 100,
    target: 200,
    actual: 150,
    start_date: 46000,
    deadline: 46100,
    as_of: 46050,
    satisfied_from: 4,
  };
  if (input.shape === 'list') {
    return input.kind === 'date'
      ? input.name === 'received_at'
        ? [[46000.25], [46001]]
        : [[46000.5], [46001.25]]
      : [[5], [4], [''], [2]];
  }
  if (byName[input.name] !== undefined) return byName[input.name];
  if (input.kind === 'fraction') return 0.4;
  return input.nonZero ? 400 : 12;
}

const sampleArgs = (kpi: SheetFunctionDefinition) => kpi.inputs.map(sampleArg);

/** Top-level `function NAME(params)` declarations, in order. */
function topLevelFunctions(source: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of source.matchAll(/^function ([A-Za-z_$][\w$]*)\(([^)]*)\)/gm)) {
    found.set(
      match[1],
      match[2]
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    );
  }
  return found;
}

/** The comment block that ends right before `function NAME(`, or undefined. */
function jsDocAbove(source: string, name: string): string | undefined {
  const at = source.indexOf(`\nfunction ${name}(`);
  if (at < 0) return undefined;
  const before = source.slice(0, at);
  if (!before.endsWith('*/')) return undefined;
  return before.slice(before.lastIndexOf('/**'));
}

describe('dist/*.js are plain Apps Script files', () => {
  it('dist/ holds exactly what clasp pushes, and .claspignore lets nothing else through', () => {
    const pushed = [
      'Code.js',
      'Server.js',
      'appsscript.json',
      'import-da.html',
      'import-en.html',
      'import-nl.html',
      'sidebar.html',
    ];
    expect(readdirSync(distPath).sort()).toEqual(pushed);
    const allowed = readFileSync(`${root}.claspignore`, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1))
      .sort();
    expect(allowed).toEqual(pushed);
  });

  it('each is a classic script: it compiles without modules and has no import or export', () => {
    for (const { name, source } of scripts) {
      expect(() => new Script(source, { filename: name }), name).not.toThrow();
      expect(source, name).not.toMatch(/^\s*(import|export)\b/m);
      expect(source, name).not.toMatch(/\bimport\s*\(/);
      expect(source, name).not.toMatch(/\brequire\s*\(/);
    }
  });

  it('contain no test or preview tools (HyperFormula is GPL and must never be pushed)', () => {
    for (const { name, source } of scripts) {
      for (const banned of ['hyperformula', 'playwright', 'fast-check', 'fastcheck', 'vitest', 'axe-core']) {
        expect(source.toLowerCase(), `dist/${name} mentions ${banned}`).not.toContain(banned);
      }
    }
  });

  it('ships next to the same appsscript.json manifest as the source', () => {
    const manifest = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
    expect(manifest('../dist/appsscript.json')).toEqual(manifest('../appsscript.json'));
  });

  it('keep Code.js within 60 KB, because Apps Script loads it on every custom-function call', () => {
    const bytes = statSync(`${distPath}Code.js`).size;
    console.info(`dist/Code.js is ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes, 'dist/Code.js is over its 60 KB budget (bench/README.md)').toBeLessThanOrEqual(60 * 1024);
  });
});

describe('Code.js carries the runtime-only view of the catalog (it loads on every custom-function call)', () => {
  it('has no Danish or Dutch KPI texts, no goal reasons and no input labels or notes', () => {
    const left = SHEET_FUNCTIONS.flatMap((kpi) => [
      kpi.text.da.description,
      kpi.text.nl.description,
      ...(kpi.goals === null ? [] : Object.values(kpi.goals.serves).map((reason) => reason.why.en)),
    ]);
    for (const input of Object.values(INPUTS)) {
      // Labels that are the same word in English ("Leads") are not told apart.
      left.push(...[input.labels.da, input.labels.nl].filter((label) => label !== input.labels.en));
      left.push(input.whereToFind.en);
    }
    expect(left.filter((text) => code.includes(text))).toEqual([]);
  });

  it('has no plain metrics, which are numbers typed in, not functions', () => {
    const left = METRICS.flatMap((kpi) => [kpi.text.en.name, kpi.text.en.description]);
    expect(left.filter((text) => code.includes(JSON.stringify(text)))).toEqual([]);
  });

  it('still has what the functions show: English descriptions for SOCIAL_KPIS and the messages in three languages', () => {
    for (const kpi of SHEET_FUNCTIONS) expect(code).toContain(kpi.text.en.description);
    for (const message of ['Wrong column?', 'Forkert kolonne?', 'Verkeerde kolom?']) expect(code).toContain(message);
  });
});

describe('loading the script does nothing but declare', () => {
  it('touches no Apps Script service and creates no module until the first call', () => {
    const { context, touched } = load();
    const caches = moduleCaches();
    expect(caches.length, 'no lazily created module (var NAME_cache;) found').toBeGreaterThan(0);
    expect(touched).toEqual([]);
    const created = () => caches.filter((cache) => context[cache] !== undefined);
    expect(created()).toEqual([]);
    runInContext('CTR(25, 1000)', context);
    // A custom-function call creates the module it needs, and only that one.
    expect(created()).toHaveLength(1);
    expect(touched).toEqual([]);
  });

  it('has no require, module or window to lean on, and still loads', () => {
    const { context } = load();
    expect(runInContext('[typeof require, typeof module, typeof window, typeof exports].join()', context)).toBe(
      'undefined,undefined,undefined,undefined',
    );
  });

  it('declares onOpen and onInstall as top-level functions for the add-on menu', () => {
    const { context } = load();
    expect(typeof context.onOpen).toBe('function');
    expect(typeof context.onInstall).toBe('function');
    expect(topLevelFunctions(allSources).has('onOpen')).toBe(true);
    expect(topLevelFunctions(allSources).has('onInstall')).toBe(true);
  });
});

describe('every catalog function is a custom function Apps Script can offer', () => {
  it('no top-level function is renamed (no CTR2), and each custom function is declared once, in Code.js', () => {
    const all = [...allSources.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);
    expect(all.filter((name) => /\d$/.test(name))).toEqual([]);
    for (const kpi of SHEET_FUNCTIONS) {
      expect(all.filter((name) => name === kpi.functionName)).toHaveLength(1);
      expect(topLevelFunctions(code).has(kpi.functionName), `${kpi.functionName} in Code.js`).toBe(true);
    }
  });

  it.each(SHEET_FUNCTIONS.map((kpi) => ({ name: kpi.functionName, kpi })))(
    '$name is top level with exactly the catalog parameter names',
    ({ kpi }) => {
      expect(topLevelFunctions(code).get(kpi.functionName)).toEqual(kpi.inputs.map((input) => input.name));
      const { context } = load();
      expect(typeof context[kpi.functionName]).toBe('function');
      expect((context[kpi.functionName] as (...args: unknown[]) => unknown).length).toBe(kpi.inputs.length);
    },
  );

  it.each(SHEET_FUNCTIONS.map((kpi) => ({ name: kpi.functionName, kpi })))(
    '$name has its JSDoc directly above: description, @param {example} per input, @customfunction',
    ({ kpi }) => {
      const doc = jsDocAbove(code, kpi.functionName);
      expect(doc, `no JSDoc right above function ${kpi.functionName}`).toBeDefined();
      expect(doc).toContain(kpi.text.en.description);
      const params = [...doc!.matchAll(/@param \{([^}]*)\} (\w+)/g)].map((m) => ({ example: m[1], name: m[2] }));
      expect(params).toEqual(kpi.inputs.map((input) => ({ example: input.example, name: input.name })));
      expect(doc).toMatch(/@customfunction\s*\n\s*\*\/$/);
    },
  );

  it.each(SHEET_FUNCTIONS.map((kpi) => ({ name: kpi.functionName, kpi })))(
    '$name works when called in the bare context, with the same result as the source',
    ({ kpi }) => {
      const { context } = load();
      const args = sampleArgs(kpi);
      const result = (context[kpi.functionName] as (...a: unknown[]) => unknown)(...args);
      const expected = callSheetFunction(kpi.functionName, args);
      expect(JSON.parse(JSON.stringify(result))).toEqual(expected);
      if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
    },
  );

  it('a bad single value throws an Error whose message says how to fix it', () => {
    const { context } = load();
    let thrown: unknown;
    try {
      (context.CTR as (...a: unknown[]) => unknown)('1.234,5', 1000);
    } catch (error) {
      thrown = error;
    }
    expect(Object.prototype.toString.call(thrown)).toBe('[object Error]');
    expect((thrown as Error).message).toContain('Format → Number');
  });

  it("asks the spreadsheet's locale only for a message, once, and answers in its language", () => {
    let touches = 0;
    let reads = 0;
    const spreadsheet = { getSpreadsheetLocale: () => (reads++, 'nl_NL') };
    const sandbox = {};
    Object.defineProperty(sandbox, 'SpreadsheetApp', {
      get: () => (touches++, { getActiveSpreadsheet: () => spreadsheet }),
    });
    const context = createContext(sandbox);
    for (const script of scripts) runInContext(script.source, context, { filename: script.name });
    runInContext('CTR([[1], [2]], [[10], [20]])', context);
    expect(touches).toBe(0);
    const result = runInContext('CTR([[1], ["Instagram"], [3]], [[10], [10], [0]])', context) as string[][];
    expect(JSON.parse(JSON.stringify(result))).toEqual([
      [0.1],
      ['#CTR: clicks rij 2 is "Instagram" (tekst). Verkeerde kolom?'],
      ['#CTR: impressions rij 3 is 0, en CTR deelt erdoor.'],
    ]);
    expect(reads).toBe(1);
  });

  it('a column with dates from the sheet (Date objects of the script realm) works', () => {
    const { context } = load();
    const received = runInContext(
      '[[new Date(Date.UTC(2026, 2, 1, 8))], [new Date(Date.UTC(2026, 2, 2, 8))]]',
      context,
    );
    const replied = runInContext(
      '[[new Date(Date.UTC(2026, 2, 1, 20))], [new Date(Date.UTC(2026, 2, 2, 14))]]',
      context,
    );
    expect((context.RESPONSE_TIME as (...a: unknown[]) => unknown)(received, replied)).toBeCloseTo(9, 9);
  });
});
