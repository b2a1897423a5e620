import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each KPI's spec table sits beside its definition (src/catalog/families/*.spec.ts).
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    // Browser tests start Chromium; give them room on shared machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A focused test (.only) must never pass CI by hiding the others.
    allowOnly: false,
  },
});
