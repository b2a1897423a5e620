/** dist/import.html, the import panel pushed to Apps Script: small, self-contained, and apart from the wizard's page. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildImportPanel, buildSidebar, IMPORT_SIZE_LIMIT, SIDEBAR_SIZE_LIMIT } from '../scripts/buildSidebar.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'test-results/import-build');
let html: string;
let sidebar: string;

beforeAll(async () => {
  await buildImportPanel(join(outDir, 'import.html'));
  await buildSidebar(join(outDir, 'sidebar.html'));
  html = await readFile(join(outDir, 'import.html'), 'utf8');
  sidebar = await readFile(join(outDir, 'sidebar.html'), 'utf8');
});

describe('dist/import.html', () => {
  it(`is at most ${IMPORT_SIZE_LIMIT / 1024} KB, and the wizard's page stays at most ${SIDEBAR_SIZE_LIMIT / 1024} KB`, () => {
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(IMPORT_SIZE_LIMIT);
    expect(Buffer.byteLength(sidebar)).toBeLessThanOrEqual(SIDEBAR_SIZE_LIMIT);
  });

  it('is one file that loads nothing from the network and talks to the server only through google.script.run', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket/);
    expect(html).toContain('withSuccessHandler');
    for (const name of ['getImportContext', 'previewImport', 'applyImport', 'undoImport', 'readImportTab'])
      expect(html).toContain(name);
  });

  it('carries no HyperFormula and no in-memory server, and the import panel is not in the wizard page', () => {
    expect(html).not.toMatch(/hyperformula/i);
    expect(html).not.toContain('createLocalImportServer');
    expect(sidebar).not.toContain('getImportContext');
  });
});
