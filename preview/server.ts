/**
 * `npm start`: the whole add-on running locally on an embedded spreadsheet, no Google account.
 * A plain node:http server on 127.0.0.1 that bundles preview/app/ with esbuild at start and serves
 * one page. Nothing is fetched from the internet: the page, HyperFormula and the add-on code are
 * all in the bundle, and the Content-Security-Policy forbids any other origin.
 *
 *   npm start                      → http://127.0.0.1:8787/
 *   npm start -- --port 9000       (or PORT=9000 npm start)
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPreviewBundle } from './bundle.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_PORT = 8787;
/** Only this machine can reach the preview: it is a development tool, not a web service. */
export const HOST = '127.0.0.1';

/** The port from `--port N`, `--port=N` or PORT, else the default. Throws a message saying how to fix a bad value. */
export function choosePort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') raw = argv[i + 1];
    else if (argv[i].startsWith('--port=')) raw = argv[i].slice('--port='.length);
  }
  raw ??= env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(
      `"${raw}" is not a port number. Use a whole number from 1 to 65535, e.g. npm start -- --port 8788.`,
    );
  }
  return port;
}

interface Asset {
  type: string;
  body: string | Buffer;
}

const SECURITY_HEADERS = {
  // Everything comes from this server; inline styles are what the grid sets per cell.
  'Content-Security-Policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; connect-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function typeOf(name: string): string {
  return TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
}

/** Everything the preview serves, built and read once at start: the server never reads files per request. */
async function loadAssets(): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const [name, text] of await buildPreviewBundle()) assets.set(`/${name}`, { type: typeOf(name), body: text });
  for (const name of ['index.html', 'sidebar.html', 'style.css', 'sidebar-frame.css']) {
    const body = await readFile(join(here, 'app', name), 'utf8');
    assets.set(name === 'index.html' ? '/' : `/${name}`, { type: typeOf(name), body });
  }
  return assets;
}

/** Starts the preview; resolves once it listens. Rejects with a clear message when the port is taken. */
export async function startPreviewServer(port: number): Promise<Server> {
  const assets = await loadAssets();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', `http://${HOST}`).pathname;
    const asset = request.method === 'GET' || request.method === 'HEAD' ? assets.get(path) : undefined;
    if (asset === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      response.end(`Not found: ${path}. The preview is at http://${HOST}:${port}/\n`);
      return;
    }
    response.writeHead(200, { 'Content-Type': asset.type, ...SECURITY_HEADERS });
    response.end(request.method === 'HEAD' ? undefined : asset.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} on ${HOST} is already in use (another preview or another program). ` +
              `Stop that program, or choose another port: npm start -- --port ${port + 1}  (or PORT=${port + 1} npm start)`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new Error(`Port ${port} needs administrator rights. Choose a port above 1024: npm start -- --port 8787`),
        );
      } else {
        reject(error);
      }
    });
    server.listen(port, HOST, () => resolve());
  });
  return server;
}

async function main(): Promise<void> {
  let port: number;
  try {
    port = choosePort(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const started = Date.now();
  try {
    await startPreviewServer(port);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log(`Social KPI Kit preview (built in ${Date.now() - started} ms)`);
  console.log(`  Open http://${HOST}:${port}/ in your browser. Stop with Ctrl+C.`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await main();
}
