// Loads the bundled core (dist/loket/core.cjs) with V8's code cache: compiling its 1.1 MiB costs
// 20–40 ms at every start-up, reading the compiled code back a few. Node 20 has no such cache for
// ES modules, hence a CommonJS bundle run through vm.Script. The cache is a file named for the
// core's digest and this Node's version (V8 itself checks only the source's length, the V8 version
// and its flags): beside the bundle, or in the temp folder where the package cannot be written to.
// Any failure, a stale or a rejected cache loads the core as without one; source maps on
// (`--enable-source-maps`) load it as plain `require` so that Node maps its stack traces.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const DIST = fileURLToPath(new URL('../dist/loket/', import.meta.url));
const CORE = join(DIST, 'core.cjs');
const require = createRequire(import.meta.url);

/** The core's `run` and `processIo`, and `saveCache()` to call once the command has run. */
export function loadCore(digest) {
  const cached = !process.sourceMapsEnabled && digest ? compile(digest) : undefined;
  return { ...require(join(DIST, 'loket.cjs')), saveCache: cached?.save ?? (() => undefined) };
}

function compile(digest) {
  const name = `core-${digest}-${process.version}-${process.arch}.v8`;
  const places = [join(DIST, 'cache', name), join(privateTemp(), name)];
  let cachedData;
  for (const place of places) {
    if (place.startsWith(privateTemp()) && !ownedPrivately(dirname(place))) continue;
    try {
      cachedData = readFileSync(place);
      break;
    } catch {
      // not there: the next place, or none
    }
  }
  let script;
  try {
    script = new vm.Script(Module.wrap(readFileSync(CORE, 'utf8')), {
      filename: CORE,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
  } catch {
    return undefined;
  }
  // The core as the module that `require('./core.cjs')` finds: its chunks require it back.
  const core = new Module(CORE);
  core.filename = CORE;
  core.paths = Module._nodeModulePaths(dirname(CORE));
  Module._cache[CORE] = core;
  script.runInThisContext().call(core.exports, core.exports, createRequire(CORE), core, CORE, dirname(CORE));
  core.loaded = true;
  const fresh = cachedData !== undefined && !script.cachedDataRejected;
  // Written after the command, so that the functions it compiled are in the cache too.
  return { save: () => fresh || write(places, script.createCachedData()) };
}

/** The folder in the temp folder for this user's caches. */
function privateTemp() {
  return join(tmpdir(), `loket-code-cache-${process.getuid?.() ?? 'user'}`);
}

/** Whether only this user can write to `dir`: compiled code read from a folder others could write to would run as theirs. */
function ownedPrivately(dir) {
  try {
    const info = statSync(dir);
    return (process.getuid === undefined || info.uid === process.getuid()) && (info.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** Writes the cache where it can (a temp name, then renamed: concurrent processes never see half a file). */
function write(places, data) {
  for (const place of places) {
    try {
      mkdirSync(dirname(place), { recursive: true, mode: place.startsWith(privateTemp()) ? 0o700 : 0o777 });
      if (place.startsWith(privateTemp()) && !ownedPrivately(dirname(place))) continue;
      const temp = `${place}.${process.pid}`;
      writeFileSync(temp, data);
      renameSync(temp, place);
      return;
    } catch {
      // read-only or missing: the next place, or no cache
    }
  }
}
