/**
 * Bundles the preview page (preview/app/main.ts) with esbuild: the grid, HyperFormula, the
 * in-memory workbook and the real add-on code, in one script served by preview/server.ts.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readerProgramModule } from '../scripts/buildSidebar.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Output file name → its text: app.js (the page), sidebar.js (the wizard's frame), import.js (the import panel's frame) and their source maps. */
export type PreviewBundle = Map<string, string>;

export async function buildPreviewBundle(): Promise<PreviewBundle> {
  const result = await build({
    entryPoints: {
      app: join(root, 'preview/app/main.ts'),
      sidebar: join(root, 'preview/app/sidebarFrame.ts'),
      import: join(root, 'preview/app/importFrame.ts'),
    },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    // Readable stack traces in the browser's devtools; a map is only fetched when devtools are open.
    sourcemap: 'linked',
    // The sidebar's stylesheet is imported as text and injected by the frame, as the sidebar's own local build does.
    loader: { '.css': 'text' },
    // The import panel's reader, run in a Web Worker (sidebar/importReader.ts).
    plugins: [readerProgramModule({ minify: false })],
    charset: 'utf8',
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]));
}
