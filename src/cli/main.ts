/** The bundle's entry: what `bin/loket.js` calls (run the command line, with this process's streams). */
export { run } from './run.js';
export { processIo } from './process-io.js';
