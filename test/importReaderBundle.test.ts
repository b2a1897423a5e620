import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The import panel is its own page (dist/import-<language>.html, at most 60 KB like every page the add-on
 * serves); the reader is most of it, so it keeps to 42 KB (40.1 KB today) and leaves the panel the rest.
 */
const READER_BUDGET = 42 * 1024;

describe('the export reader runs in the sidebar', () => {
  it('bundles for the browser, with its CSV parser, in at most 42 KB minified', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/import/readExport.ts', import.meta.url))],
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'reader',
      platform: 'browser',
      write: false,
      metafile: true,
    });
    const bytes = result.outputFiles[0].contents.length;
    expect(bytes, `the reader is ${(bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(READER_BUDGET);
    // Pure: nothing from Node or Apps Script.
    expect(Object.keys(result.metafile.inputs).filter((path) => /^node:|src\/server|src\/plan/.test(path))).toEqual([]);
  });
});
