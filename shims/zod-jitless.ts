/**
 * What `import { z } from 'zod'` resolves to in Careline's bundles (the alias is in wxt.config.ts):
 * zod itself, with its JIT switched off before any schema is built.
 *
 * Why: zod 4 compiles object parsers with `new Function`, which an extension page's CSP forbids, so
 * the JIT can never run here anyway. Left on, zod first probes `new Function("")`; the probe's error
 * is caught, but Chromium and Firefox still report the CSP violation (console, DevTools "Issues").
 * `jitless` skips the probe and takes the path zod would fall back to: same results, no report.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
