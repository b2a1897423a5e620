/**
 * `npm start`'s server under bad and hostile requests, sent byte for byte over raw sockets to a preview
 * started as a user starts it: every request gets an answer, the server keeps running, only requests
 * naming 127.0.0.1 or localhost on its port are served (DNS rebinding), and every page forbids framing
 * by other sites, <base> hrefs and form posts.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startPreview, type StartedPreview } from './support/previewServer.ts';
import { startPreviewServer } from '../preview/server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `request` as it is and reads until the server closes the connection. */
function send(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    socket.setTimeout(20_000);
    socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error(`No answer to ${JSON.stringify(request)}; received ${JSON.stringify(received)}`));
    });
    socket.once('error', reject);
    socket.once('end', () => {
      const [head, ...rest] = received.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request, 'latin1');
  });
}

describe("npm start's server on raw requests", () => {
  let preview: StartedPreview;
  let port: number;
  const get = (target: string, host: string | null = `127.0.0.1:${port}`, method = 'GET') =>
    send(port, `${method} ${target} HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`);

  beforeAll(async () => {
    port = await freePort();
    preview = await startPreview(port);
  });

  afterAll(() => {
    preview?.child.kill();
  });

  it('answers a request line that is not a URL with 400 and keeps serving', async () => {
    const bad = await get('http://[');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/Bad request/);
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html');
    expect(preview.child.exitCode).toBeNull();
  });

  it('answers bytes that are not HTTP at all with 400, and a request without Host with 400', async () => {
    expect((await send(port, '\u0001\u0002 nonsense \u00ff\r\n\r\n')).status).toBe(400);
    expect((await send(port, 'GET / HTTP/1.0\r\n\r\n')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
    expect(preview.child.exitCode).toBeNull();
  });

  it('serves 127.0.0.1 and localhost on its port only: another name is refused (DNS rebinding)', async () => {
    expect((await get('/', `localhost:${port}`)).status).toBe(200);
    expect((await get('/', `LOCALHOST:${port}`)).status).toBe(200);
    for (const host of [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `127.0.0.1:${port}@evil.example`,
      `localhost.evil.example:${port}`,
      `[::1]:${port}`,
    ]) {
      const refused = await get('/', host);
      expect(refused.status, host).toBe(421);
      expect(refused.body, host).not.toContain('<html');
    }
    // An absolute-form target names the server as well.
    expect((await get(`http://evil.example:${port}/`)).status).toBe(421);
    expect((await get(`http://127.0.0.1:${port}/`)).status).toBe(200);
    expect(preview.child.exitCode).toBeNull();
  });

  it('refuses other methods with 405 and unknown paths with 404', async () => {
    const posted = await get('/', undefined, 'POST');
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe('GET, HEAD');
    expect((await get('/nothing-here')).status).toBe(404);
    expect((await get('/../../etc/passwd')).status).toBe(404);
  });

  it('forbids framing by other sites, <base> hrefs and form posts; only the preview frames its sidebar', async () => {
    for (const path of ['/', '/app.js', '/nothing-here']) {
      const policy = (await get(path)).headers['content-security-policy'];
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("base-uri 'none'");
      expect(policy, path).toContain("form-action 'none'");
      expect(policy, path).toContain("default-src 'self'");
    }
    const sidebar = (await get('/sidebar.html')).headers['content-security-policy'];
    expect(sidebar).toContain("frame-ancestors 'self'");
    // Only the import panel starts a worker (its reader, from a Blob URL of its own script).
    expect(sidebar).not.toContain('worker-src');
    expect((await get('/import.html')).headers['content-security-policy']).toContain('worker-src blob:');
    expect((await get('http://[', `evil.example:${port}`)).headers['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    );
  });
});

describe('the preview started on a free port the system picks (port 0, as npm run screenshot and the bench do)', () => {
  it('serves its page at the port it listens on', async () => {
    const server = await startPreviewServer(0);
    try {
      const { port } = server.address() as { port: number };
      const page = await send(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      expect(page.status).toBe(200);
      const other = await send(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:0\r\nConnection: close\r\n\r\n`);
      expect(other.status).toBe(421);
    } finally {
      server.close();
    }
  });
});
