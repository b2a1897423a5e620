/**
 * `npm run push`, first step: checks .clasp.json before lint and the tests run, so a missing script id
 * is said at once, with what to do, and not by clasp minutes later. Exits 1 with the message.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const CLASP_PROJECT = fileURLToPath(new URL('../.clasp.json', import.meta.url));

const HOW = 'See "Deploy to a real spreadsheet" in README.md.';

/** What is wrong with .clasp.json's text (null: the file is missing), or null when clasp can push with it. */
export function claspProjectProblem(text: string | null): string | null {
  if (text === null) {
    return `.clasp.json is missing. Create it with your script id: { "scriptId": "<your script id>", "rootDir": "dist" }. ${HOW}`;
  }
  let project: unknown;
  try {
    project = JSON.parse(text);
  } catch {
    return `.clasp.json is not valid JSON. It should read { "scriptId": "<your script id>", "rootDir": "dist" }. ${HOW}`;
  }
  const { scriptId, rootDir } = (project ?? {}) as { scriptId?: unknown; rootDir?: unknown };
  // Script ids are long base64url-like strings (Apps Script editor → Project Settings → Script ID).
  if (typeof scriptId !== 'string' || !/^[A-Za-z0-9_-]{20,}$/.test(scriptId) || /PASTE|YOUR/i.test(scriptId)) {
    return (
      `.clasp.json has no script id yet. Copy it from the Apps Script editor (Project Settings → Script ID) ` +
      `into "scriptId", or create a new spreadsheet with a bound script with npx clasp create. ${HOW}`
    );
  }
  if (rootDir !== 'dist') {
    return `.clasp.json must say "rootDir": "dist": clasp pushes the built add-on in dist/, never the sources. ${HOW}`;
  }
  return null;
}

function main(): void {
  let text: string | null;
  try {
    text = readFileSync(CLASP_PROJECT, 'utf8');
  } catch {
    text = null;
  }
  const problem = claspProjectProblem(text);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
