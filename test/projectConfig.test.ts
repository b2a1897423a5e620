/** The Apps Script manifest and clasp settings the add-on ships with. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const json = (path: string) =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('project configuration', () => {
  it('appsscript.json runs on V8 and asks for exactly the two narrow scopes', () => {
    const manifest = json('appsscript.json');
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('.clasp.json pushes dist/, the built files only', () => {
    expect(json('.clasp.json').rootDir).toBe('dist');
  });
});
