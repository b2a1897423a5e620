import type { BrowserHost } from './browser.ts';

/** A made-up machine for the tests that decide where Chromium or LibreOffice is (Debian, not root, by default). */
export function fakeHost(overrides: Partial<BrowserHost> & { files?: string[] } = {}): BrowserHost {
  const files = new Set(overrides.files ?? []);
  return {
    env: {},
    platform: 'linux',
    isDebian: true,
    isRoot: false,
    home: '/home/ann',
    exists: (path) => files.has(path),
    ...overrides,
  };
}
