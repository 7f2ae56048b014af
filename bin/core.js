// Loads the bundle (dist/loket/*.cjs) with V8's code cache: compiling the 1.1 MiB core costs 20–40
// ms at every start-up, reading its compiled code back 3–8. Node 20 keeps no such cache for ES
// modules (nor module.enableCompileCache), hence CommonJS chunks compiled here with vm.Script.
// Each cache is a file named for its chunk's digest (start.json) and this Node's version, as V8
// itself checks only the source's length, its own version and its flags: beside the bundle, or in
// the temp folder when the package cannot be written to. A missing, stale or rejected cache only
// means compiling as without one. With source maps on (`--enable-source-maps`) Node loads the
// chunks itself, so that it maps their stack traces.
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { Module } = require('node:module');
const { tmpdir } = require('node:os');
const { basename, dirname, join } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '../dist/loket/');
/** The chunks compiled in this process: what `saveCache` writes where they had no cache V8 took. */
const compiled = [];

/** The core's `run` and `processIo`, and `saveCache()` to call once the command has run. */
function loadCore(digests) {
  if (digests && !process.sourceMapsEnabled) {
    const plain = Module._extensions['.js'];
    // Node loads a .cjs file with the .js loader; the bundle's chunks are compiled here instead, and
    // so are the heavy libraries left in node_modules (pdfkit and its fonts' code cost ~30 ms to compile).
    Module._extensions['.cjs'] = (module, filename) => {
      const digest = join(dirname(filename), '/') === DIST ? digests[basename(filename)] : undefined;
      if (digest ? !compileCached(module, filename, digest) : !compileLibrary(module, filename)) plain(module, filename);
    };
    Module._extensions['.js'] = (module, filename) => {
      if (!compileLibrary(module, filename)) plain(module, filename);
    };
  }
  return { ...require(join(DIST, 'loket.cjs')), saveCache };
}

/** The libraries loket loads from node_modules that are worth a code cache: large, CommonJS, rarely changed. */
const LIBRARIES =
  /[\\/]node_modules[\\/](pdfkit|fontkit|linebreak|crypto-js|unicode-trie|unicode-properties|restructure|brotli|dfa|tiny-inflate|png-js|jpeg-exif|date-holidays|date-holidays-parser|astronomia|caldate|exceljs|node-forge|@signpdf[\\/][^\\/]+|@swc[\\/]helpers)[\\/]/;

/**
 * Compiles a library's file with a code cache named after its path, size and modification time (an
 * installed package's file changes with both); false for any other file, or one that uses `import()`,
 * which a script read back from a cache could not run.
 */
function compileLibrary(module, filename) {
  if (!LIBRARIES.test(filename)) return false;
  let info;
  try {
    info = statSync(filename);
  } catch {
    return false;
  }
  const key = `nm-${basename(filename).replace(/[^\w.-]/g, '_')}-${fnv1a(filename)}-${info.size}-${Math.trunc(info.mtimeMs)}`;
  return compileCached(module, filename, key, (source) => !source.includes('import('));
}

/** A 32-bit FNV-1a hash of a path, in hex: names a cache without loading node:crypto (~7 ms). */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Writes the caches of the chunks that had none (after the command: its compiled functions are in them). */
function saveCache() {
  for (const { places, script } of compiled.splice(0)) write(places, script.createCachedData());
}

/**
 * Compiles and runs a file as Node would, with its cached code when there is some; false when it could
 * not compile, or when `accept` refuses its source (Node's own loader then takes it).
 */
function compileCached(module, filename, key, accept = () => true) {
  const name = key.startsWith('nm-')
    ? `${key}-${process.version}-${process.arch}.v8`
    : `${basename(filename, '.cjs')}-${key}-${process.version}-${process.arch}.v8`;
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
    const source = readFileSync(filename, 'utf8');
    if (!accept(source)) return false;
    script = new vm.Script(Module.wrap(source.startsWith('#!') ? `//${source}` : source), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
  } catch {
    return false;
  }
  if (cachedData === undefined || script.cachedDataRejected) compiled.push({ places, script });
  script.runInThisContext().call(module.exports, module.exports, requireOf(module), module, filename, dirname(filename));
  return true;
}

/** The `require` Node gives a CommonJS module. */
function requireOf(module) {
  const req = (id) => module.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  req.main = process.mainModule;
  req.cache = Module._cache;
  req.extensions = Module._extensions;
  return req;
}

let temp;
/** The folder in the temp folder for this user's caches (named once: os.tmpdir() reads three variables, each with five system calls). */
function privateTemp() {
  return (temp ??= join(tmpdir(), `loket-code-cache-${process.getuid?.() ?? 'user'}`));
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

/** Writes a cache where it can (a temp name, then renamed: concurrent processes never see half a file). */
function write(places, data) {
  for (const place of places) {
    try {
      const inTemp = place.startsWith(privateTemp());
      mkdirSync(dirname(place), { recursive: true, mode: inTemp ? 0o700 : 0o777 });
      if (inTemp && !ownedPrivately(dirname(place))) continue;
      writeFileSync(`${place}.${process.pid}`, data);
      renameSync(`${place}.${process.pid}`, place);
      return;
    } catch {
      // read-only or missing: the next place, or no cache
    }
  }
}

exports.loadCore = loadCore;
