// The team server's suite: Node, no browser. It runs on PGlite always, and a second time on the
// PostgreSQL cluster named by CARELINE_TEST_DATABASE_URL when one is given (.ci/run starts one).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const engines = process.env.CARELINE_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: engines.map((engine) => ({
      // The extension's CSV rules (utils/customers/csv), which the server's import reuses, import with '@/'.
      resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
      test: {
        name: engine,
        environment: 'node',
        include: ['tests/server/**/*.test.ts'],
        env: { CARELINE_TEST_ENGINE: engine },
        testTimeout: 60_000,
        hookTimeout: 60_000,
      },
    })),
  },
});
