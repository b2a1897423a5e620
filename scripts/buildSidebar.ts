/**
 * Builds the goal wizard sidebar twice from sidebar/:
 * - buildSidebar(outFile): dist/sidebar.html for Apps Script, one self-contained file (HtmlService
 *   serves a single HTML file, so JS and CSS are inlined; no CDN, no network).
 * - buildLocalSidebar(outDir): the same UI plus a local server shim that runs the real server code
 *   against the in-memory workbook, for the browser tests and the local preview. HyperFormula lives
 *   only here, never in the pushed file.
 */
import { build, transform, type Plugin } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../src/catalog/types.ts';
import { importPage } from '../src/shared/importApi.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sidebar = join(root, 'sidebar');

/** The pushed sidebar must stay small: Apps Script serves it on every open. */
export const SIDEBAR_SIZE_LIMIT = 60 * 1024;

async function bundle(
  entry: string,
  options: { minify: boolean; globalName?: string; define?: Record<string, string>; plugins?: Plugin[] },
): Promise<string> {
  const result = await build({
    entryPoints: [join(sidebar, entry)],
    bundle: true,
    write: false,
    // The sidebar runs in the user's browser inside Google's iframe.
    platform: 'browser',
    format: 'iife',
    globalName: options.globalName,
    define: options.define,
    plugins: options.plugins,
    target: 'es2020',
    minify: options.minify,
    legalComments: 'none',
    charset: 'utf8',
    // The stylesheet is imported as text by the local build, which injects it itself.
    loader: { '.css': 'text' },
  });
  return result.outputFiles[0].text;
}

async function minifiedCss(...extra: string[]): Promise<string> {
  const files = await Promise.all(['styles.css', ...extra].map((name) => readFile(join(sidebar, name), 'utf8')));
  return (await transform(files.join('\n'), { loader: 'css', minify: true })).code.trim();
}

/** Inline JS must not end its own <script> element early nor open an HTML comment inside it. */
function safeInlineScript(js: string): string {
  if (js.includes('<!--')) throw new Error('The sidebar script contains "<!--", which breaks an inline <script>.');
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

function page(css: string, script: string): Promise<string> {
  return readFile(join(sidebar, 'index.html'), 'utf8').then((template) =>
    template
      // Function replacers: `$` in minified code must not be read as a replacement pattern.
      .replace('/*STYLES*/', () => css)
      .replace('/*SCRIPT*/', () => script),
  );
}

export async function buildSidebar(outFile: string): Promise<void> {
  const js = safeInlineScript((await bundle('main.ts', { minify: true })).trim());
  const html = await page(await minifiedCss(), js);
  const size = Buffer.byteLength(html);
  if (size > SIDEBAR_SIZE_LIMIT) {
    throw new Error(
      `dist/sidebar.html is ${size} bytes, over the ${SIDEBAR_SIZE_LIMIT}-byte limit: make the sidebar smaller.`,
    );
  }
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, html);
}

/** The pushed import panel (issue 12) is its own page, so the CSV reader never weighs on the wizard's. */
export const IMPORT_SIZE_LIMIT = 60 * 1024;

/**
 * The text modules whose `{ en: EN, da: DA, nl: NL }` record a one-language page narrows to that language,
 * so the other two languages' consts are unused and dropped (the reader's and the panel's texts are a third
 * of the page).
 */
const TEXT_MODULES = /[\\/](src[\\/]import|sidebar[\\/]steps)[\\/]importTexts\.ts$/;
const ALL_LANGUAGES = '{ en: EN, da: DA, nl: NL }';

function oneLanguage(language: Language): Plugin {
  const only = language.toUpperCase();
  return {
    name: 'one-language',
    setup(esbuild) {
      esbuild.onLoad({ filter: TEXT_MODULES }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes(ALL_LANGUAGES)) throw new Error(`${path} no longer holds ${ALL_LANGUAGES}.`);
        return { contents: source.replace(ALL_LANGUAGES, `{ en: ${only}, da: ${only}, nl: ${only} }`), loader: 'ts' };
      });
    },
  };
}

/**
 * The virtual module 'skk:import-reader-program' (sidebar/importWorkerProgram.d.ts): the reader's program,
 * sidebar/importWorker.ts bundled on its own and wrapped in one function with no free names but the
 * browser's, so the page can start a worker from its source (a Blob URL) or call it where no worker can be
 * made. The reader's code is in the page once, inside that function.
 */
export function readerProgramModule(options: { minify: boolean; plugins?: Plugin[] }): Plugin {
  return {
    name: 'import-reader-program',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^skk:import-reader-program$/ }, ({ path }) => ({ path, namespace: 'reader' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'reader' }, async () => {
        const code = (await bundle('importWorker.ts', options)).trim();
        return { contents: `export default function readerProgram(self) {\n${code}\n}`, loader: 'js' };
      });
    },
  };
}

/**
 * dist/import-<language>.html: the import panel for Apps Script (showImport opens the one of the command's
 * language), one self-contained file like the sidebar, with only that language's words.
 */
export async function buildImportPanel(outFile: string, language: Language): Promise<void> {
  const script = await bundle('importMain.ts', {
    minify: true,
    define: { PAGE_LANGUAGE: JSON.stringify(language) },
    plugins: [oneLanguage(language), readerProgramModule({ minify: true, plugins: [oneLanguage(language)] })],
  });
  const html = await page(await minifiedCss('importStyles.css'), safeInlineScript(script.trim()));
  const size = Buffer.byteLength(html);
  if (size > IMPORT_SIZE_LIMIT) {
    throw new Error(
      `${outFile} is ${size} bytes, over the ${IMPORT_SIZE_LIMIT}-byte limit: make the import panel smaller.`,
    );
  }
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, html);
}

/** Every language's import page into outDir. */
export async function buildImportPanels(outDir: string): Promise<void> {
  for (const language of LANGUAGES) await buildImportPanel(join(outDir, `${importPage(language)}.html`), language);
}

/**
 * Writes outDir/sidebar-local.js (global SocialKpiSidebar: mountSidebar, createLocalServer, ...) and
 * outDir/sidebar-local.html, a 300 px-ready page that mounts the wizard on the in-memory workbook
 * (add ?manual to mount it yourself, e.g. with a test server).
 */
export async function buildLocalSidebar(outDir: string): Promise<void> {
  const js = await bundle('local.ts', { minify: false, globalName: 'SocialKpiSidebar' });
  const html = await page(
    await minifiedCss(),
    safeInlineScript(
      [
        js,
        `if (!/[?&]manual\\b/.test(location.search)) SocialKpiSidebar.mountSidebar(document.getElementById('app'));`,
      ].join('\n'),
    ),
  );
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'sidebar-local.js'), js);
  await writeFile(join(outDir, 'sidebar-local.html'), html);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildSidebar(join(root, 'dist/sidebar.html'));
  await buildImportPanels(join(root, 'dist'));
  // Never inside dist/: clasp pushes what is there, and the local build carries HyperFormula.
  await buildLocalSidebar(join(root, 'build/local-sidebar'));
  console.log('Built dist/sidebar.html and build/local-sidebar/sidebar-local.{html,js}');
}
