/** The pushed sidebar file: small, self-contained, and free of the local-only server code. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSidebar, SIDEBAR_SIZE_LIMIT } from '../scripts/buildSidebar.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// Built fresh from sidebar/ by the same function `npm run build` uses for dist/sidebar.html.
const outFile = join(root, 'test-results/sidebar-build/pushed/sidebar.html');
let html: string;

beforeAll(async () => {
  await buildSidebar(outFile);
  html = await readFile(outFile, 'utf8');
});

describe('dist/sidebar.html, the file pushed to Apps Script', () => {
  it(`is at most ${SIDEBAR_SIZE_LIMIT / 1024} KB`, () => {
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SIDEBAR_SIZE_LIMIT);
  });

  it('loads nothing from the network: no external scripts, styles, images or fonts', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/https?:\/\//i);
  });

  it('is one file: the script and the styles are inline', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('.skk{');
  });

  it('contains no HyperFormula and no in-memory server: those belong to the local build only', () => {
    expect(html).not.toMatch(/hyperformula/i);
    expect(html).not.toContain('registerKpiFunctions');
    expect(html).not.toContain('createLocalServer');
  });

  it('keeps its inline script inside its own <script> element', () => {
    const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain('<!--');
  });

  it('talks to the server only through google.script.run', () => {
    expect(html).toContain('google');
    expect(html).toContain('withSuccessHandler');
    expect(html).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket/);
  });
});

describe('the sidebar source', () => {
  it('never turns strings into markup (no innerHTML and friends), so typed text cannot become HTML', async () => {
    const files = (await readdir(join(root, 'sidebar'), { recursive: true })).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const code = (await readFile(join(root, 'sidebar', file), 'utf8')).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment/);
    }
  });
});
