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

/** What the test suite needs installed, and how to find or install it. */
export interface InstalledTool {
  /** Shown in messages: "Chromium or Chrome". */
  name: string;
  /** The environment variable that points at the executable, e.g. CHROMIUM_PATH. */
  envVar: string;
  /** What the environment variable must point at, e.g. "a browser (Chrome or Chromium)". */
  executable: string;
  /** The executable's usual file name, for the example path: "chrome". */
  file: string;
  /** Install places to look, in order of preference, on this host. */
  candidates(host: BrowserHost): string[];
  /** The Debian package and the path it installs. */
  debianPackage: string;
  debianPath: string;
  /** The brew command on macOS. */
  macInstall: string;
  /** The tests that need it, e.g. "The browser tests". */
  neededBy: string;
}

export type ToolDecision =
  | { kind: 'found'; path: string }
  | { kind: 'install'; path: string; command: string[] }
  | { kind: 'missing'; message: string };
export type ChromiumDecision = ToolDecision;

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const debianInstall = (tool: InstalledTool) => `apt-get update && apt-get install -y ${tool.debianPackage}`;

/** The one command a user without the tool must run, for their system. */
function installAdvice(tool: InstalledTool, host: BrowserHost): string {
  if (host.platform === 'linux' && host.isDebian) return `sudo ${debianInstall(tool)}`;
  if (host.platform === 'darwin') return tool.macInstall;
  return `export ${tool.envVar}=/path/to/${tool.file} (${tool.executable})`;
}

/** Which executable to use, or what to do when there is none. Pure: reads only what the host says. */
export function decideTool(tool: InstalledTool, host: BrowserHost): ToolDecision {
  const configured = host.env[tool.envVar]?.trim();
  if (configured) {
    if (host.exists(configured)) return { kind: 'found', path: configured };
    return {
      kind: 'missing',
      message: `${tool.envVar} is set to ${configured}, but no file is there. Point it at ${tool.executable}, or unset it to use an installed one.`,
    };
  }
  const installed = tool.candidates(host).find((path) => host.exists(path));
  if (installed) return { kind: 'found', path: installed };
  if (host.platform === 'linux' && host.isDebian && host.isRoot) {
    return { kind: 'install', path: tool.debianPath, command: ['sh', '-c', debianInstall(tool)] };
  }
  return {
    kind: 'missing',
    message: `${tool.neededBy} need ${tool.name} and none is installed. Run:\n\n  ${installAdvice(tool, host)}\n\nthen run the tests again.`,
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
 * The path of the tool's executable. Installs the Debian package first when that is possible and
 * needed (printing a visible message); throws an Error with the command to run otherwise.
 */
export function findTool(
  tool: InstalledTool,
  host: BrowserHost = realHost(),
  install: (command: string[]) => void = runVisibly,
  say: (message: string) => void = (message) => process.stderr.write(message),
): string {
  const decision = decideTool(tool, host);
  if (decision.kind === 'found') return decision.path;
  if (decision.kind === 'missing') throw new Error(decision.message);
  say(
    `\nNo ${tool.name} found: installing Debian's ${tool.debianPackage} (${debianInstall(tool)}). This happens once.\n\n`,
  );
  install(decision.command);
  if (!host.exists(decision.path)) {
    throw new Error(
      `Installing ${tool.debianPackage} did not put ${tool.executable} at ${decision.path}. Run:\n\n  ${debianInstall(tool)}\n`,
    );
  }
  return decision.path;
}

function chromiumPaths(host: BrowserHost): string[] {
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

export const CHROMIUM: InstalledTool = {
  name: 'Chromium or Chrome',
  envVar: 'CHROMIUM_PATH',
  executable: 'a browser (Chrome or Chromium)',
  file: 'chrome',
  candidates: chromiumPaths,
  debianPackage: 'chromium',
  debianPath: DEBIAN_CHROMIUM,
  macInstall: 'brew install --cask chromium',
  neededBy: 'The browser tests',
};

export const decideChromium = (host: BrowserHost): ToolDecision => decideTool(CHROMIUM, host);

export function findChromium(
  host?: BrowserHost,
  install?: (command: string[]) => void,
  say?: (message: string) => void,
): string {
  return findTool(CHROMIUM, host, install, say);
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
