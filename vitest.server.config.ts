// The team server's suite: Node, no browser. It runs on PGlite always, and a second time on the
// PostgreSQL cluster named by CARELINE_TEST_DATABASE_URL when one is given (.ci/run starts one).
import { defineConfig } from 'vitest/config';

const engines = process.env.CARELINE_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: engines.map((engine) => ({
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
