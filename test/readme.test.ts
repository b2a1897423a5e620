/**
 * README.md's function reference is generated from the KPI catalog (scripts/readme.ts); this fails
 * when someone edits one without the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../src/catalog/kpis.ts';
import { syntaxOf } from '../src/catalog/jsdoc.ts';
import { END_MARKER, README_PATH, START_MARKER, withFunctionReference } from '../scripts/readme.ts';

const readme = readFileSync(README_PATH, 'utf8');
const section = (text: string) => text.slice(text.indexOf(START_MARKER), text.indexOf(END_MARKER) + END_MARKER.length);

describe('README.md', () => {
  it('has the function reference the catalog generates (if not: run npm run docs)', async () => {
    const expected = section(await withFunctionReference(readme));
    expect(section(readme), 'README.md is out of date with the catalog: run `npm run docs` and commit README.md').toBe(
      expected,
    );
  });

  it('documents every sheet function with its syntax and every parameter', () => {
    const reference = section(readme);
    for (const kpi of SHEET_FUNCTIONS) {
      expect(reference).toContain(`=${syntaxOf(kpi)}`);
      for (const input of kpi.inputs) expect(reference).toContain(`\`${input.name}\` (e.g. \`${input.example}\`)`);
    }
  });

  it('starts the quick start with the two commands a newcomer needs', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'));
    expect(quickStart).toContain('npm install && npm start');
    expect(quickStart).toContain('npm test');
    expect(quickStart.indexOf('npm install && npm start')).toBeLessThan(quickStart.indexOf('npm test'));
  });

  it('explains how to push to a real spreadsheet with clasp', () => {
    const deploy = readme.slice(readme.indexOf('## Deploy to a real spreadsheet'));
    for (const step of ['npx clasp login', 'scriptId', 'npm run push', 'Extensions']) expect(deploy).toContain(step);
  });
});
