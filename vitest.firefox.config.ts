// Test config (Node): the Firefox package (manifest and Mozilla's addons-linter), run after `wxt zip -b firefox`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
