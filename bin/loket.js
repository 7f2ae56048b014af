#!/usr/bin/env node
// The one place that exits: run the command line, then end with its code (a database client or a
// prompt may still hold the event loop open).
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);

/**
 * `--version` and `--help` as the core printed them when it was built (dist/loket/quick.json), so
 * that the most frequent health checks cost no more than Node itself. Help is kept as printed to a
 * pipe: a terminal of another width than commander's 80 columns gets the core's own.
 */
function quickAnswer() {
  if (argv.length !== 1) return undefined;
  const [word] = argv;
  const help = word === '--help' || word === '-h';
  if (!help && word !== '--version' && word !== '-V') return undefined;
  if (help && process.stdout.isTTY && process.stdout.columns !== 80) return undefined;
  let quick;
  try {
    quick = JSON.parse(readFileSync(new URL('../dist/loket/quick.json', import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
  // The same choice as setLanguage (src/i18n/index.ts): English for LOKET_LANG=en…, else Indonesian.
  const lang = process.env.LOKET_LANG?.toLowerCase().startsWith('en') ? 'en' : 'id';
  return help ? quick.help?.[lang] : quick.version;
}

const quick = quickAnswer();
if (quick !== undefined) process.stdout.write(quick);
else {
  const { run, processIo } = await import('../dist/loket/loket.mjs');
  process.exit(await run(argv, processIo()));
}
