/**
 * `npm start`: the whole add-on running locally on an embedded spreadsheet, no Google account.
 * A plain node:http server on 127.0.0.1 that bundles preview/app/ with esbuild at start and serves
 * one page. Nothing is fetched from the internet: the page, HyperFormula and the add-on code are
 * all in the bundle, and the Content-Security-Policy forbids any other origin.
 *
 *   npm start                      → http://127.0.0.1:8787/
 *   npm start -- --port 9000       (or PORT=9000 npm start)
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/** Directives every response carries: nothing from elsewhere, no <base> href, no form posts anywhere. */
const CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'";

/**
 * The import panel reads files in a Web Worker made from a Blob URL of its own script (sidebar/importReader.ts):
 * that page, and only that one, may start workers, and only from blob: URLs (its own: the page runs no other script).
 */
const WORKER_PATHS = ['/import.html'];

/**
 * Everything comes from this server; inline styles are what the grid sets per cell. No other site may
 * frame a page (clickjacking); only the preview's own page frames the sidebar.
 */
function securityHeaders(path: string): Record<string, string> {
  const frameAncestors = FRAMED_PATHS.includes(path) ? "frame-ancestors 'self'" : "frame-ancestors 'none'";
  const workers = WORKER_PATHS.includes(path) ? '; worker-src blob:' : '';
  return {
    'Content-Security-Policy': `${CSP}${workers}; ${frameAncestors}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/** The pages the preview shows in its side panel's iframe: the wizard and the import panel. */
const FRAMED_PATHS = ['/sidebar.html', '/import.html'];

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
  // The import panel's frame is the sidebar's page with the import panel's script.
  const sidebarPage = assets.get('/sidebar.html')?.body as string;
  assets.set('/import.html', { type: typeOf('import.html'), body: sidebarPage.replace('/sidebar.js', '/import.js') });
  return assets;
}

/** True for 127.0.0.1 or localhost on `port` (a host without a port means port 80). */
function isThisServer(host: string, port: number): boolean {
  const match = /^(?:127\.0\.0\.1|localhost)(?::(\d{1,5}))?$/i.exec(host);
  return match !== null && Number(match[1] ?? 80) === port;
}

/** What to answer a request that is not for an asset: the status and a plain-text message. */
interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

/**
 * Checks one request before anything is served: a Host header naming this server (127.0.0.1 or
 * localhost on its port, so a web page whose domain was re-pointed at 127.0.0.1 by DNS rebinding is
 * refused), a parseable target, and GET or HEAD. Returns the asset's path, or why it is refused. Never throws.
 */
export function checkRequest(
  request: { method?: string; url?: string; headers: { host?: string } },
  port: number,
): { path: string } | Refusal {
  const host = request.headers.host?.trim().toLowerCase();
  if (!host) return { status: 400, message: 'Bad request: the Host header is missing.' };
  if (!isThisServer(host, port)) {
    return {
      status: 421,
      message: `This preview answers only to http://${HOST}:${port}/ and http://localhost:${port}/, not to "${host}".`,
    };
  }
  let target: URL;
  try {
    target = new URL(request.url ?? '', `http://${host}`);
  } catch {
    return { status: 400, message: 'Bad request: the request target is not a URL path.' };
  }
  // An absolute-form target (GET http://host/path) names the server too: the same hosts only.
  if (target.protocol !== 'http:' || !isThisServer(target.host, port)) {
    return { status: 421, message: `This preview answers only to http://${HOST}:${port}/.` };
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, message: 'Only GET and HEAD are allowed here.', headers: { Allow: 'GET, HEAD' } };
  }
  return { path: target.pathname };
}

/** Starts the preview; resolves once it listens. Rejects with a clear message when the port is taken. */
export async function startPreviewServer(port: number): Promise<Server> {
  const assets = await loadAssets();
  const refuse = (response: ServerResponse, path: string, refusal: Refusal) => {
    response.writeHead(refusal.status, {
      'Content-Type': 'text/plain; charset=utf-8',
      ...securityHeaders(path),
      ...refusal.headers,
    });
    response.end(`${refusal.message}\n`);
  };
  // The port actually listened on: with port 0 (a free port, as the screenshot and the bench ask for) the
  // Host check and the messages must name the one the system chose.
  const listening = () => (server.address() as { port: number } | null)?.port ?? port;
  const server = createServer((request, response) => {
    try {
      const checked = checkRequest(request, listening());
      if (!('path' in checked)) return refuse(response, '', checked);
      const asset = assets.get(checked.path);
      if (asset === undefined) {
        return refuse(response, checked.path, {
          status: 404,
          message: `Not found: ${checked.path}. The preview is at http://${HOST}:${listening()}/`,
        });
      }
      response.writeHead(200, { 'Content-Type': asset.type, ...securityHeaders(checked.path) });
      response.end(request.method === 'HEAD' ? undefined : asset.body);
    } catch (error) {
      // Whatever went wrong with this one request, the server keeps serving the others.
      if (!response.headersSent) refuse(response, '', { status: 500, message: `Internal error: ${String(error)}` });
      else response.destroy();
    }
  });
  // A request Node cannot parse at all gets a 400 and its connection closed; the server keeps running.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && error.code !== 'ECONNRESET') {
      socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nBad request.\n');
    } else {
      socket.destroy();
    }
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
