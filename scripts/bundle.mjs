// Builds what ships: dist/loket/, one bundled core (our code, commander, zod, lowdb, csv-stringify, chalk,
// cli-table3) and a chunk for each heavy and rare part, loaded by the dynamic import() that already
// names it. CommonJS, so that bin/core.js can run each chunk with V8's code cache.
// `tsc` type-checks and emits dist/src for the tests' workers; this script bundles from src/ itself.
// Then it records the answers to `--version` and `--help` (start.json) that bin/loket.js gives
// without loading the core, printed by the core itself so that they cannot differ.
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${root}dist/loket`;

const lib = (names) => new RegExp(`node_modules[\\\\/](${names})[\\\\/]`);
const own = (paths) => new RegExp(`[\\\\/]src[\\\\/](${paths})\\.ts$`);

// Heavy and rare: each its own chunk, with the packages it alone uses. pdfkit, exceljs, node-forge,
// the signing packages, csv-parse and date-holidays stay in node_modules (loaded with `requireCjs`
// when called): they read data files beside their own code (pdfkit's AFM metrics, date-holidays'
// tables), and a chunk of theirs would save nothing a command pays for. The QR encoder is the
// exception: twenty small files, each found and read on its own (2 % of a receipt's instructions), in the documents' chunk.
const HEAVY = [
  { name: 'database', libs: 'postgres', src: 'store/pg/.*|store/pg-store' },
  { name: 'web', libs: 'hono|@hono', src: 'web/.*' },
  { name: 'mail', libs: 'imapflow|nodemailer|postal-mime|html-to-text', src: 'mail/.*' },
  { name: 'prompts', libs: '@inquirer' },
  {
    name: 'documents',
    libs: 'qrcode|dijkstrajs',
    src:
      'render/(pdf|pdfkit-loader|font-metrics|text-pdf|receipt|requirements-receipt|certificate|letter-parts|recommendation-letter|disposition' +
      '|answer-slip|qr|skm-pdf|a5-sheet|reply-letter|letterhead|survey-block|tracking-block|letter-hal|report-letter' +
      '|pdf-signing|pdf-signature-check|recap|skm-report)',
  },
];
const heavySrc = own(HEAVY.flatMap((h) => (h.src ? [h.src] : [])).join('|'));
const CORE_LIBS = lib(
  'commander|zod|lowdb|steno|csv-stringify|chalk|cli-table3|string-width|strip-ansi|ansi-regex|emoji-regex|is-fullwidth-code-point|@colors',
);
const inCore = (id) =>
  /rolldown[\\/]runtime/.test(id) ||
  CORE_LIBS.test(id) ||
  (!id.includes('node_modules') && /[\\/]src[\\/]/.test(id) && !heavySrc.test(id) && !id.endsWith('main.ts'));

const BUILTIN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const STATIC_IMPORT = /^import\s+(\*\s+as\s+[\w$]+|[\w$]+|\{[^}]*\})\s+from\s+['"]([\w:/]+)['"];?/gm;

/**
 * A static import of a Node built-in becomes a `require` in the module's own body: in the bundle
 * every module runs only when first needed (strictExecutionOrder), but a chunk loads its imports
 * at its top, so `due` would load node:crypto (~7 ms) and node:tty for the modules of other commands.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  transform: {
    filter: { id: /\.(ts|js|mjs)$/ },
    handler(code) {
      const out = code.replace(STATIC_IMPORT, (all, clause, spec) => {
        // node:module stays an import: the bundle's own `require` is made with its createRequire.
        if (!BUILTIN.has(spec) || spec.endsWith('module')) return all;
        // The same line breaks as before, so that the source map needs no change.
        return asRequire(clause, spec) + '\n'.repeat(all.split('\n').length - 1);
      });
      return out === code ? undefined : { code: out, map: null };
    },
  },
};

/**
 * A dynamic `import()` of a Node built-in as a `require`: the core runs as a vm.Script with a code
 * cache (bin/core.js), and V8 drops the dynamic-import callback of a script read from the cache.
 */
const DYNAMIC_BUILTIN = /(?<!typeof\s+)\bimport\((['"])((?:node:)?[\w/]+)\1\)/g;
const requiredBuiltins = {
  name: 'required-builtins',
  transform: {
    filter: { id: /[\\/]src[\\/].*\.ts$/, code: 'import(' },
    handler(code) {
      const out = code.replace(DYNAMIC_BUILTIN, (all, quote, spec) =>
        BUILTIN.has(spec) ? `Promise.resolve().then(() => require(${quote}${spec}${quote}))` : all,
      );
      return out === code ? undefined : { code: out, map: null };
    },
  },
};

/** `import CLAUSE from 'SPEC'` as the equivalent `const … = require('SPEC')` (type-only names dropped). */
function asRequire(clause, spec) {
  const req = `require(${JSON.stringify(spec)})`;
  if (clause.startsWith('*')) return `const ${clause.replace(/^\*\s+as\s+/, '')} = ${req};`;
  if (!clause.startsWith('{')) return `const ${clause} = ${req};`;
  const names = clause
    .slice(1, -1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '))
    .map((s) => s.replace(/\s+as\s+/, ': '));
  return names.length ? `const { ${names.join(', ')} } = ${req};` : '';
}

// CommonJS packages the code loads with `requireCjs` (src/cjs.ts: no named-export scan when run
// unbundled) that belong in the bundle: as a plain `require` the bundler takes them in.
const BUNDLED_CJS = /\brequireCjs\((['"])(commander|cli-table3|qrcode\/lib\/core\/qrcode)\1\)/g;
const bundledCjs = {
  name: 'bundled-cjs',
  transform: {
    filter: { id: /[\\/]src[\\/].*\.ts$/, code: 'requireCjs(' },
    handler(code) {
      const out = code.replace(BUNDLED_CJS, (_, quote, name) => `require(${quote}${name}${quote})`);
      return out === code ? undefined : { code: out, map: null };
    },
  },
};

const started = Date.now();
const bundle = await rolldown({
  input: { loket: `${root}src/cli/main.ts` },
  platform: 'node',
  cwd: root,
  tsconfig: `${root}tsconfig.json`,
  preserveEntrySignatures: 'allow-extension',
  plugins: [lazyBuiltins, requiredBuiltins, bundledCjs],
  // A dynamic import of a module that another module also imports statically stays where it is: said once per build, not as a warning.
  onLog: (level, log, handler) => (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log)),
});
const { output } = await bundle.write({
  dir: OUT,
  format: 'cjs',
  sourcemap: true,
  cleanDir: true,
  entryFileNames: '[name].cjs',
  chunkFileNames: '[name].cjs',
  // Each module's body runs when it is first needed, as with separate files: the core holds every
  // command, but a registration runs only the registration's modules.
  strictExecutionOrder: true,
  codeSplitting: {
    groups: [
      { name: 'core', test: inCore, priority: 30, includeDependenciesRecursively: false },
      ...HEAVY.map((h) => ({
        name: h.name,
        priority: 20,
        test: (id) => !!((h.libs && lib(h.libs).test(id)) || (h.src && own(h.src).test(id))),
      })),
    ],
  },
});
await bundle.close();
// No dynamic import() may remain in what the core runs (see requiredBuiltins).
for (const c of output.filter((c) => c.type === 'chunk')) {
  const left = c.code.match(/(?:await|=>|\()\s*import\(/g);
  if (left) throw new Error(`${c.fileName} still has ${left.length} dynamic import()`);
}

// The core must not load a heavy chunk by a static import: that would load it at every start-up.
const chunks = output.filter((c) => c.type === 'chunk');
const heavyFiles = new Set(chunks.filter((c) => HEAVY.some((h) => c.name === h.name)).map((c) => c.fileName));
for (const c of chunks.filter((c) => c.isEntry || c.name === 'core')) {
  const bad = c.imports.filter((f) => heavyFiles.has(f));
  if (bad.length) throw new Error(`${c.fileName} imports ${bad.join(', ')} statically`);
}

// What bin/loket.js reads before the core (start.json): the answers to --version and --help, printed
// by the core itself (never to a terminal here: commander wraps help at 80 columns), and the digests
// of the chunks that name their V8 code caches (bin/core.js; V8 checks a cache only against the
// source's length). The two small chunks are not worth a cache file.
const FULL_RUN = `const { run, processIo } = require(process.argv[1]); run(process.argv.slice(2), processIo()).then((code) => (process.exitCode = code));`;
const print = (argv, lang) =>
  execFileSync(process.execPath, ['-e', FULL_RUN, `${OUT}/loket.cjs`, ...argv], {
    env: { ...process.env, LOKET_LANG: lang },
    encoding: 'utf8',
  });
const start = {
  version: print(['--version'], ''),
  help: { id: print(['--help'], 'id'), en: print(['--help'], 'en') },
  digests: Object.fromEntries(
    chunks
      .filter((c) => c.code.length > 16_384)
      .map((c) => [
        c.fileName,
        createHash('sha256')
          .update(readFileSync(`${OUT}/${c.fileName}`))
          .digest('hex')
          .slice(0, 16),
      ]),
  ),
};
writeFileSync(`${OUT}/start.json`, `${JSON.stringify(start)}\n`);

// The code caches, made here from the frequent commands run in one process on a store of its own, so
// that the first command after an install compiles no more than the ones after it (the core's, and
// the documents' for the receipt; the other chunks' are written by the first command that loads them).
const WARM = `const { loadCore } = await import(process.argv[1]);
const { run, processIo, saveCache } = loadCore(JSON.parse(process.argv[2]));
for (const argv of JSON.parse(process.argv[3])) await run(argv, processIo());
saveCache();`;
const home = mkdtempSync(join(tmpdir(), 'loket-warm-'));
const letter = ['--yes', '--service', 'sosialisasi', '--channel', 'surat', '--applicant', 'Dinas Contoh', '--subject', 'Narasumber'];
const warm = [
  ['init', '--yes', '--signer-name', 'Dr. Contoh', '--signer-nip', '197001011990032001'],
  ['register', 'letter', ...letter, '--no-receipt', '--json'],
  ['register', 'letter', ...letter, '--no-receipt'],
  ['register', 'letter', ...letter],
  ['due', '--json'],
  ['due'],
  ['list'],
];
try {
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', WARM, `${root}bin/core.js`, JSON.stringify(start.digests), JSON.stringify(warm)],
    {
      env: { ...process.env, LOKET_HOME: home, LOKET_USER: 'resepsionis', LOKET_LANG: '' },
      stdio: 'ignore',
    },
  );
} finally {
  rmSync(home, { recursive: true, force: true });
}

const kib = (c) => `${c.fileName} ${Math.round(c.code.length / 1024)} KiB`;
console.log(`bundle: ${chunks.map(kib).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
