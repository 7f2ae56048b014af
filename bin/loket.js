#!/usr/bin/env node
// The one place that exits: run the command line, then end with its code (a database client or a
// prompt may still hold the event loop open).
import { run } from '../dist/src/cli/run.js';
import { processIo } from '../dist/src/cli/process-io.js';

process.exit(await run(process.argv.slice(2), processIo()));
