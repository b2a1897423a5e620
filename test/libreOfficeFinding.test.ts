import { describe, expect, it } from 'vitest';
import { fakeHost as host } from './support/fakeHost.ts';
import { decideSoffice, findSoffice } from './support/libreOffice.ts';

describe('finding LibreOffice for the comparison test', () => {
  it('uses SOFFICE_PATH when it points at a file, and says so when it points at nothing', () => {
    expect(decideSoffice(host({ env: { SOFFICE_PATH: '/opt/lo/soffice' }, files: ['/opt/lo/soffice'] }))).toEqual({
      kind: 'found',
      path: '/opt/lo/soffice',
    });
    const decision = decideSoffice(host({ env: { SOFFICE_PATH: '/nope' }, files: ['/usr/bin/soffice'] }));
    expect(decision.kind === 'missing' && decision.message).toContain('SOFFICE_PATH is set to /nope');
  });

  it("finds Debian's soffice, or LibreOffice in the Applications folder on macOS", () => {
    expect(decideSoffice(host({ files: ['/usr/bin/soffice'] }))).toEqual({ kind: 'found', path: '/usr/bin/soffice' });
    const mac = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(decideSoffice(host({ platform: 'darwin', isDebian: false, files: [mac] }))).toEqual({
      kind: 'found',
      path: mac,
    });
  });

  it('installs libreoffice-calc on Debian as root, visibly, and uses it', () => {
    const files: string[] = [];
    const installed: string[][] = [];
    const said: string[] = [];
    const machine = host({ isRoot: true, exists: (path) => files.includes(path) });
    const path = findSoffice(
      machine,
      (command) => {
        installed.push(command);
        files.push('/usr/bin/soffice');
      },
      (message) => said.push(message),
    );
    expect(path).toBe('/usr/bin/soffice');
    expect(installed).toEqual([['sh', '-c', 'apt-get update && apt-get install -y libreoffice-calc']]);
    expect(said.join('')).toContain('installing Debian');
  });

  it('fails with the one command to run where it cannot install: the test never skips', () => {
    expect(() => findSoffice(host())).toThrow('sudo apt-get update && apt-get install -y libreoffice-calc');
    expect(() => findSoffice(host({ platform: 'darwin', isDebian: false }))).toThrow('brew install --cask libreoffice');
  });
});
