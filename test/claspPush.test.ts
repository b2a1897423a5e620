/**
 * `npm run push` as a first-time user runs it. clasp 3's push asks "Manifest file has been updated. Do
 * you want to push and overwrite?" (default No) whenever the manifest differs from the script's, which
 * it always does on the first push, and without a terminal it answers No itself and pushes nothing. The
 * push script therefore passes --force; this checks every flag it passes against the clasp installed
 * here (its own command definitions), and that a missing script id is said before lint and tests run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claspProjectProblem } from '../scripts/checkPush.ts';

const root = join(import.meta.dirname, '..');
const pushScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts.push;
const claspDir = join(root, 'node_modules', '@google', 'clasp');

/** The parts of a commander Command and Option (clasp's CLI library) read here. */
interface Option {
  long?: string;
  short?: string;
  description: string;
}
interface Command {
  name(): string;
  options: readonly Option[];
  commands: readonly Command[];
}

/** clasp's own CLI definition, as the installed package builds it. */
async function claspProgram(): Promise<Command> {
  const url = pathToFileURL(join(claspDir, 'build', 'src', 'commands', 'program.js')).href;
  const { makeProgram } = (await import(url)) as { makeProgram: () => Command };
  return makeProgram();
}

const knows = (options: readonly Option[], flag: string) =>
  options.some((option) => option.long === flag || option.short === flag);

describe('npm run push', () => {
  it('checks .clasp.json first, then lints, tests (which builds dist/) and pushes', () => {
    const steps = pushScript.split('&&').map((step) => step.trim());
    expect(steps[0]).toBe('tsx scripts/checkPush.ts');
    expect(steps).toContain('npm run lint');
    expect(steps).toContain('npm test');
    expect(steps.at(-1)).toMatch(/^clasp push\b/);
  });

  it("pushes with clasp 3's own flag for overwriting the manifest, so it never waits on a question", async () => {
    const version = (JSON.parse(readFileSync(join(claspDir, 'package.json'), 'utf8')) as { version: string }).version;
    expect(Number(version.split('.')[0])).toBe(3);
    const program = await claspProgram();
    const push = program.commands.find((command) => command.name() === 'push');
    expect(push, 'clasp has a push command').toBeDefined();
    const flags = (pushScript.split('&&').at(-1) as string).trim().split(/\s+/).slice(2);
    expect(flags).toContain('--force');
    for (const flag of flags) {
      expect(knows(push!.options, flag) || knows(program.options, flag), `clasp push knows ${flag}`).toBe(true);
    }
    const force = push!.options.find((option) => option.long === '--force');
    expect(force?.description).toMatch(/manifest/i);
  });

  it('README tells what clasp asks, in its own words, and how the first push gets past it', () => {
    const source = readFileSync(join(claspDir, 'build', 'src', 'commands', 'push.js'), 'utf8');
    const question = /value: "(Manifest file has been updated[^"]*)"/.exec(source)?.[1];
    expect(question, "clasp's manifest question in push.js").toBeDefined();
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    // Markdown wraps lines anywhere: compare with the line breaks as spaces.
    const deploy = readme.slice(readme.indexOf('## Deploy to a real spreadsheet')).replace(/\s+/g, ' ');
    expect(deploy).toContain(`"${question}"`);
    expect(deploy).toContain('npm run push');
    expect(deploy).toContain('clasp push --force');
    for (const step of ['npx clasp login', 'scriptId', 'npx clasp create', 'Test deployments']) {
      expect(deploy).toContain(step);
    }
  });

  it('says at once, before lint and tests, when .clasp.json has no script id', () => {
    const placeholder = readFileSync(join(root, '.clasp.json'), 'utf8');
    expect(claspProjectProblem(placeholder)).toMatch(/no script id yet.*Project Settings → Script ID/);
    expect(claspProjectProblem(null)).toMatch(/\.clasp\.json is missing/);
    expect(claspProjectProblem('{ "scriptId": ')).toMatch(/not valid JSON/);
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQ';
    expect(claspProjectProblem(JSON.stringify({ scriptId: id, rootDir: '.' }))).toMatch(/"rootDir": "dist"/);
    expect(claspProjectProblem(JSON.stringify({ scriptId: id, rootDir: 'dist' }))).toBeNull();
  });
});
