/**
 * Runs once before all tests: installs Debian's chromium (visibly) when no browser is installed and
 * it can, so the browser tests never each try. When it cannot, the unit tests still run and every
 * browser test fails with the one command to run (launchBrowser throws): a browser test never skips.
 */
import { decideChromium, findChromium, realHost } from './browser.ts';

export default function setup(): void {
  if (decideChromium(realHost()).kind === 'install') process.env.CHROMIUM_PATH = findChromium();
}
