/**
 * Runs once before all tests: installs Debian's chromium and libreoffice-calc (visibly) when they are
 * missing and it can, so the tests that need them never each try. When it cannot, the unit tests
 * still run and every test that needs one fails with the one command to run: such a test never skips.
 */
import { decideChromium, findChromium, realHost } from './browser.ts';
import { decideSoffice, findSoffice } from './libreOffice.ts';

export default function setup(): void {
  if (decideChromium(realHost()).kind === 'install') process.env.CHROMIUM_PATH = findChromium();
  if (decideSoffice(realHost()).kind === 'install') process.env.SOFFICE_PATH = findSoffice();
}
