/**
 * Finds a Chromium or Chrome for the browser tests and starts it headless. playwright-core never
 * downloads a browser, so this decides which installed one to use, installs Debian's `chromium`
 * when it can (Debian, as root), and otherwise stops with the one command the user must run.
 * A browser test never skips: no browser is an error, not a pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { chromium, type Browser } from 'playwright-core';

/** What the decision depends on, injectable so the logic is tested without touching the machine. */
export interface BrowserHost {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists(path: string): boolean;
  /** True on Debian and its derivatives (/etc/debian_version exists). */
  isDebian: boolean;
  isRoot: boolean;
  home: string;
}

export type ChromiumDecision =
  | { kind: 'found'; path: string }
  | { kind: 'install'; path: string; command: string[] }
  | { kind: 'missing'; message: string };

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

function candidatePaths(host: BrowserHost): string[] {
  if (host.platform === 'darwin') {
    const apps = ['/Applications', `${host.home}/Applications`];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`,
    ]);
  }
  if (host.platform === 'linux') {
    return [
      DEBIAN_CHROMIUM,
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/snap/bin/chromium',
      '/usr/lib/chromium/chromium',
    ];
  }
  return [];
}

/** The one command a user without a browser must run, for their system. */
function installAdvice(host: BrowserHost): string {
  if (host.platform === 'linux' && host.isDebian) return `sudo ${DEBIAN_INSTALL_COMMAND}`;
  if (host.platform === 'darwin') return 'brew install --cask chromium';
  return 'export CHROMIUM_PATH=/path/to/chrome (the Chrome or Chromium executable)';
}

/** Which browser to use, or what to do when there is none. Pure: reads only what the host says. */
export function decideChromium(host: BrowserHost): ChromiumDecision {
  const configured = host.env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (host.exists(configured)) return { kind: 'found', path: configured };
    return {
      kind: 'missing',
      message: `CHROMIUM_PATH is set to ${configured}, but no file is there. Point it at a Chrome or Chromium executable, or unset it to use an installed one.`,
    };
  }
  const installed = candidatePaths(host).find((path) => host.exists(path));
  if (installed) return { kind: 'found', path: installed };
  if (host.platform === 'linux' && host.isDebian && host.isRoot) {
    return { kind: 'install', path: DEBIAN_CHROMIUM, command: ['sh', '-c', DEBIAN_INSTALL_COMMAND] };
  }
  return {
    kind: 'missing',
    message: `The browser tests need Chromium or Chrome and none is installed. Run:\n\n  ${installAdvice(host)}\n\nthen run the tests again.`,
  };
}

export function realHost(): BrowserHost {
  return {
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    isDebian: existsSync('/etc/debian_version'),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    home: homedir(),
  };
}

/** Runs a command with its output visible, so a long install never looks like a hang. */
function runVisibly(command: string[]): void {
  execFileSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * The path of the browser to use. Installs Debian's chromium first when that is possible and
 * needed (printing a visible message); throws an Error with the command to run otherwise.
 */
export function findChromium(
  host: BrowserHost = realHost(),
  install: (command: string[]) => void = runVisibly,
  say: (message: string) => void = (message) => process.stderr.write(message),
): string {
  const decision = decideChromium(host);
  if (decision.kind === 'found') return decision.path;
  if (decision.kind === 'missing') throw new Error(decision.message);
  say(
    `\nNo Chromium or Chrome found: installing Debian's chromium for the browser tests (${DEBIAN_INSTALL_COMMAND}). This happens once.\n\n`,
  );
  install(decision.command);
  if (!host.exists(decision.path)) {
    throw new Error(
      `Installing chromium did not put a browser at ${decision.path}. Run:\n\n  ${DEBIAN_INSTALL_COMMAND}\n`,
    );
  }
  return decision.path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** axe-core's browser build, injected into pages with page.addScriptTag({ content }). */
export function axeSource(): string {
  return readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
}
