#!/usr/bin/env node
// The one place that exits: run the command line, then end with its code (a database client or a
// prompt may still hold the event loop open). CommonJS (bin/package.json): Node starts a script
// without its ES module loader, which the quick answers below would otherwise pay for.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);

/** What the build wrote for the start (dist/loket/start.json: see scripts/bundle.mjs), if anything. */
function startInfo() {
  try {
    return JSON.parse(readFileSync(join(__dirname, '../dist/loket/start.json'), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * `--version` and `--help` as the core printed them when it was built, so that the most frequent
 * health checks cost no more than Node itself; and the bare `loket` without a terminal, where the
 * menu prints the same help. Help is kept as printed to a pipe: a terminal of another width than
 * commander's 80 columns gets the core's own.
 */
function quickAnswer(start) {
  const [word] = argv;
  if (argv.length === 1 && (word === '--version' || word === '-V')) return start.version;
  const help = argv.length === 1 ? word === '--help' || word === '-h' : argv.length === 0 && !process.stdin.isTTY;
  if (!help || (process.stdout.isTTY && process.stdout.columns !== 80)) return undefined;
  // The same choice as setLanguage (src/i18n/index.ts): English for LOKET_LANG=en…, else Indonesian.
  return start.help?.[process.env.LOKET_LANG?.toLowerCase().startsWith('en') ? 'en' : 'id'];
}

const start = startInfo();
const quick = quickAnswer(start);
if (typeof quick === 'string') process.stdout.write(quick);
else {
  const { run, processIo, saveCache } = require('./core.js').loadCore(start.digests);
  run(argv, processIo()).then((code) => {
    saveCache();
    process.exit(code);
  });
}
