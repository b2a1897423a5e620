import { describe, expect, it } from 'vitest';
import { decideChromium, findChromium } from './support/browser.ts';
import { fakeHost as host } from './support/fakeHost.ts';

describe('finding a browser for the browser tests', () => {
  it('uses CHROMIUM_PATH when it points at a file, before any installed browser', () => {
    const decision = decideChromium(
      host({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, files: ['/opt/my/chrome', '/usr/bin/chromium'] }),
    );
    expect(decision).toEqual({ kind: 'found', path: '/opt/my/chrome' });
  });

  it('says so when CHROMIUM_PATH points at nothing, instead of silently using another browser', () => {
    const decision = decideChromium(host({ env: { CHROMIUM_PATH: '/nope' }, files: ['/usr/bin/chromium'] }));
    expect(decision.kind).toBe('missing');
    expect(decision.kind === 'missing' && decision.message).toContain('CHROMIUM_PATH is set to /nope');
  });

  it("prefers Debian's /usr/bin/chromium on Linux", () => {
    const decision = decideChromium(host({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium'] }));
    expect(decision).toEqual({ kind: 'found', path: '/usr/bin/chromium' });
  });

  it('finds an installed Google Chrome on Linux', () => {
    expect(decideChromium(host({ files: ['/usr/bin/google-chrome-stable'] }))).toEqual({
      kind: 'found',
      path: '/usr/bin/google-chrome-stable',
    });
  });

  it('finds Chrome in the Applications folder on macOS, also the user’s own', () => {
    const systemWide = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(decideChromium(host({ platform: 'darwin', isDebian: false, files: [systemWide] }))).toEqual({
      kind: 'found',
      path: systemWide,
    });
    const own = '/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(decideChromium(host({ platform: 'darwin', isDebian: false, home: '/Users/ann', files: [own] }))).toEqual({
      kind: 'found',
      path: own,
    });
  });

  it("installs Debian's chromium when nothing is installed on Debian as root", () => {
    const decision = decideChromium(host({ isRoot: true }));
    expect(decision.kind).toBe('install');
    expect(decision.kind === 'install' && decision.command.join(' ')).toContain('apt-get install -y chromium');
  });

  it('tells a non-root Debian user the one apt-get command to run', () => {
    const decision = decideChromium(host({ isRoot: false }));
    expect(decision.kind === 'missing' && decision.message).toContain(
      'sudo apt-get update && apt-get install -y chromium',
    );
  });

  it('tells a macOS user the brew command, and other systems to set CHROMIUM_PATH', () => {
    const mac = decideChromium(host({ platform: 'darwin', isDebian: false }));
    expect(mac.kind === 'missing' && mac.message).toContain('brew install --cask chromium');
    const windows = decideChromium(host({ platform: 'win32', isDebian: false }));
    expect(windows.kind === 'missing' && windows.message).toContain('CHROMIUM_PATH=');
  });

  it('runs the install with a visible message and returns the installed browser', () => {
    const files = new Set<string>();
    const ran: string[][] = [];
    const root = host({ isRoot: true, exists: (path) => files.has(path) });
    const said: string[] = [];
    const path = findChromium(
      root,
      (command) => {
        ran.push(command);
        files.add('/usr/bin/chromium');
      },
      (message) => said.push(message),
    );
    expect(path).toBe('/usr/bin/chromium');
    expect(ran).toHaveLength(1);
    expect(said.join('')).toContain("installing Debian's chromium");
  });

  it('throws with the command to run when it cannot install, never returning a fake path', () => {
    expect(() => findChromium(host({ isDebian: false, platform: 'linux' }), () => undefined)).toThrow(/CHROMIUM_PATH=/);
    expect(() =>
      findChromium(
        host({ isRoot: true }),
        () => undefined,
        () => undefined,
      ),
    ).toThrow(/did not put a browser/);
  });
});
