/**
 * dist/import-<language>.html, the import panel pushed to Apps Script: one page per language, each small,
 * self-contained, apart from the wizard's page, and speaking only its own language.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildImportPanels, buildSidebar, IMPORT_SIZE_LIMIT, SIDEBAR_SIZE_LIMIT } from '../scripts/buildSidebar.ts';
import { LANGUAGES, type Language } from '../src/catalog/types.ts';
import { IMPORT_TEXTS } from '../src/import/importTexts.ts';
import { importPage } from '../src/shared/importApi.ts';
import { IMPORT_STRINGS } from '../sidebar/steps/importTexts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'test-results/import-build');
const pages = {} as Record<Language, string>;
let sidebar: string;

beforeAll(async () => {
  await buildImportPanels(outDir);
  await buildSidebar(join(outDir, 'sidebar.html'));
  for (const language of LANGUAGES)
    pages[language] = await readFile(join(outDir, `${importPage(language)}.html`), 'utf8');
  sidebar = await readFile(join(outDir, 'sidebar.html'), 'utf8');
});

describe('dist/import-en.html, import-da.html, import-nl.html', () => {
  it(`are at most ${IMPORT_SIZE_LIMIT / 1024} KB each, and the wizard's page stays at most ${SIDEBAR_SIZE_LIMIT / 1024} KB`, () => {
    for (const language of LANGUAGES)
      expect(Buffer.byteLength(pages[language]), language).toBeLessThanOrEqual(IMPORT_SIZE_LIMIT);
    expect(Buffer.byteLength(sidebar)).toBeLessThanOrEqual(SIDEBAR_SIZE_LIMIT);
  });

  it("each speaks its own language only: the panel's and the reader's words of the other two are left out", () => {
    for (const language of LANGUAGES) {
      expect(pages[language], language).toContain(IMPORT_STRINGS[language].undoButton);
      expect(pages[language], language).toContain(IMPORT_TEXTS[language].question.byPost);
      for (const other of LANGUAGES.filter((l) => l !== language)) {
        expect(pages[language], `${other} in ${language}`).not.toContain(IMPORT_STRINGS[other].mappingIntro);
        expect(pages[language], `${other} in ${language}`).not.toContain(IMPORT_TEXTS[other].question.byPost);
      }
    }
  });

  it('hold the reader once, as the program their worker is made from (a Blob URL: there is no worker file)', () => {
    for (const language of LANGUAGES) {
      const html = pages[language];
      const count = (text: string) => html.split(text).length - 1;
      expect(count(IMPORT_TEXTS[language].question.byPost), language).toBe(1);
      expect(count(IMPORT_TEXTS[language].refusal.oneColumn('\u0000').split('\u0000')[1]), language).toBe(1);
      expect(html).toContain('createObjectURL');
      expect(html).toMatch(/new Worker\(/);
    }
  });

  it('are one file each that loads nothing from the network and talks to the server only through google.script.run', () => {
    for (const html of Object.values(pages)) {
      expect(html).not.toMatch(/<script[^>]+src=/i);
      expect(html).not.toMatch(/<link[^>]+stylesheet/i);
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket/);
      expect(html).toContain('withSuccessHandler');
      for (const name of ['getImportContext', 'previewImport', 'applyImport', 'undoImport', 'readImportTab'])
        expect(html).toContain(name);
    }
  });

  it('carry no HyperFormula and no in-memory server, and the import panel is not in the wizard page', () => {
    for (const html of Object.values(pages)) {
      expect(html).not.toMatch(/hyperformula/i);
      expect(html).not.toContain('createLocalImportServer');
    }
    expect(sidebar).not.toContain('getImportContext');
  });
});
