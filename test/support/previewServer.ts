/**
 * Starting `npm start`'s server the way a user does (`npx tsx preview/server.ts --port N`), for the
 * browser tests of the local preview.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface StartedPreview {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once the server prints its address; rejects with its output if it exits first. */
export function startPreview(port: number): Promise<StartedPreview> {
  const child = spawn('npx', ['tsx', 'preview/server.ts', '--port', String(port)], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: '' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve({ child, url: match[0], output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`The preview server exited with code ${code}:\n${output}`)));
  });
}
