/**
 * Finds LibreOffice Calc (`soffice`) for the test that recalculates the add-on's workbook in a second
 * engine, the way test/support/browser.ts finds Chromium: SOFFICE_PATH, then the usual install places;
 * on Debian as root it installs Debian's `libreoffice-calc` (visibly); anywhere else it stops with the
 * one command to run. The test never skips: no LibreOffice is an error, not a pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { decideTool, findTool, type BrowserHost, type InstalledTool, type ToolDecision } from './browser.ts';

export const DEBIAN_SOFFICE = '/usr/bin/soffice';

export const LIBREOFFICE: InstalledTool = {
  name: 'LibreOffice Calc',
  envVar: 'SOFFICE_PATH',
  executable: "LibreOffice's soffice",
  file: 'soffice',
  candidates: (host) =>
    host.platform === 'darwin'
      ? ['/Applications', `${host.home}/Applications`].map((dir) => `${dir}/LibreOffice.app/Contents/MacOS/soffice`)
      : host.platform === 'linux'
        ? [
            DEBIAN_SOFFICE,
            '/usr/bin/libreoffice',
            '/usr/lib/libreoffice/program/soffice',
            '/opt/libreoffice/program/soffice',
            '/snap/bin/libreoffice',
          ]
        : [],
  debianPackage: 'libreoffice-calc',
  debianPath: DEBIAN_SOFFICE,
  macInstall: 'brew install --cask libreoffice',
  neededBy: 'The LibreOffice comparison tests',
};

export const decideSoffice = (host: BrowserHost): ToolDecision => decideTool(LIBREOFFICE, host);

/** The path of soffice; installs Debian's libreoffice-calc first when that is possible and needed. */
export function findSoffice(
  host?: BrowserHost,
  install?: (command: string[]) => void,
  say?: (message: string) => void,
): string {
  return findTool(LIBREOFFICE, host, install, say);
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
    // LibreOffice needs about 30 s of CPU for the whole workbook; shared machines stretch that a lot.
    timeout: 840_000,
  });
  return execFileSync(soffice, [profile, '--headless', '--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
}
