/**
 * Loading CommonJS packages with `require`. An ESM `import` of a CommonJS package makes Node scan
 * its source for named exports first: ~20 ms for pdfkit, ~5 ms for commander, at every start-up.
 */
import { createRequire } from 'node:module';

/** `require` relative to this package. */
export const requireCjs = createRequire(import.meta.url);
