/**
 * Finds LibreOffice Calc (`soffice`) for the test that recalculates the add-on's workbook in a second
 * engine, the way test/support/browser.ts finds Chromium: SOFFICE_PATH, then the usual install places;
 * on Debian as root it installs Debian's `libreoffice-calc` (visibly); anywhere else it stops with the
 * one command to run. The test never skips: no LibreOffice is an error, not a pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { realHost, type BrowserHost } from './browser.ts';

export type SofficeDecision =
  | { kind: 'found'; path: string }
  | { kind: 'install'; path: string; command: string[] }
  | { kind: 'missing'; message: string };

export const DEBIAN_SOFFICE = '/usr/bin/soffice';
const DEBIAN_INSTALL_COMMAND = 'apt-get update && apt-get install -y libreoffice-calc';

function candidatePaths(host: BrowserHost): string[] {
  if (host.platform === 'darwin') {
    return ['/Applications', `${host.home}/Applications`].map((dir) => `${dir}/LibreOffice.app/Contents/MacOS/soffice`);
  }
  if (host.platform === 'linux') {
    return [
      DEBIAN_SOFFICE,
      '/usr/bin/libreoffice',
      '/usr/lib/libreoffice/program/soffice',
      '/opt/libreoffice/program/soffice',
      '/snap/bin/libreoffice',
    ];
  }
  return [];
}

function installAdvice(host: BrowserHost): string {
  if (host.platform === 'linux' && host.isDebian) return `sudo ${DEBIAN_INSTALL_COMMAND}`;
  if (host.platform === 'darwin') return 'brew install --cask libreoffice';
  return 'export SOFFICE_PATH=/path/to/soffice (LibreOffice’s soffice executable)';
}

/** Which soffice to use, or what to do when there is none. Pure: reads only what the host says. */
export function decideSoffice(host: BrowserHost): SofficeDecision {
  const configured = host.env.SOFFICE_PATH?.trim();
  if (configured) {
    if (host.exists(configured)) return { kind: 'found', path: configured };
    return {
      kind: 'missing',
      message: `SOFFICE_PATH is set to ${configured}, but no file is there. Point it at LibreOffice's soffice, or unset it to use an installed one.`,
    };
  }
  const installed = candidatePaths(host).find((path) => host.exists(path));
  if (installed) return { kind: 'found', path: installed };
  if (host.platform === 'linux' && host.isDebian && host.isRoot) {
    return { kind: 'install', path: DEBIAN_SOFFICE, command: ['sh', '-c', DEBIAN_INSTALL_COMMAND] };
  }
  return {
    kind: 'missing',
    message: `The LibreOffice comparison test needs LibreOffice Calc and none is installed. Run:\n\n  ${installAdvice(host)}\n\nthen run the tests again.`,
  };
}

function runVisibly(command: string[]): void {
  execFileSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** The path of soffice; installs Debian's libreoffice-calc first when that is possible and needed. */
export function findSoffice(
  host: BrowserHost = realHost(),
  install: (command: string[]) => void = runVisibly,
  say: (message: string) => void = (message) => process.stderr.write(message),
): string {
  const decision = decideSoffice(host);
  if (decision.kind === 'found') return decision.path;
  if (decision.kind === 'missing') throw new Error(decision.message);
  say(
    `\nNo LibreOffice found: installing Debian's libreoffice-calc for the LibreOffice comparison test (${DEBIAN_INSTALL_COMMAND}). This happens once.\n\n`,
  );
  install(decision.command);
  if (!host.exists(decision.path)) {
    throw new Error(
      `Installing libreoffice-calc did not put soffice at ${decision.path}. Run:\n\n  ${DEBIAN_INSTALL_COMMAND}\n`,
    );
  }
  return decision.path;
}

/**
 * LibreOffice keeps the values an .xlsx file carries and recalculates only volatile functions on load
 * (Tools › Options › Calc › Formula › "Recalculation on file load", Excel 2007 and newer: "Never
 * recalculate" is the default, OOXMLRecalcMode = 1 in its registry). exceljs's fullCalcOnLoad flag is
 * not read by LibreOffice 7.4 either (checked: a formula =1+1 written with a stale value 5 stays 5).
 * A fresh profile with this setting at 0 ("Always recalculate") makes every formula recalculate.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens `input` (.xlsx) in LibreOffice Calc headless, recalculating every formula, and saves it as
 * .xlsx in `outDir` (same file name). `profileDir` must be new for each run, so parallel runs never
 * share (and lock) a LibreOffice profile. Returns LibreOffice's version line.
 */
export function recalculateInLibreOffice(soffice: string, input: string, outDir: string, profileDir: string): string {
  mkdirSync(`${profileDir}/user`, { recursive: true });
  writeFileSync(`${profileDir}/user/registrymodifications.xcu`, ALWAYS_RECALCULATE);
  const profile = `-env:UserInstallation=file://${profileDir}`;
  execFileSync(soffice, [profile, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, input], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  return execFileSync(soffice, [profile, '--headless', '--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
}
