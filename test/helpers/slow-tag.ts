/**
 * What makes a test file slow, read from its source: `npm run test:fast` leaves out only the files
 * tagged `@module-tag slow` on their first line, so a file that spawns a process, starts a server
 * or a browser, drives a pseudo-terminal or runs only on PostgreSQL must carry the tag.
 */

/** Modules whose loading (static or `import()`) means a process, a thread or a browser. */
const SPAWNING_MODULES = ['node:child_process', 'node:worker_threads', 'playwright-core'];

/** Helpers' and src's names that spawn the bin, a pseudo-terminal, Dovecot, an SMTP or a web server. */
const SPAWNING_NAMES = ['runCli', 'BIN', 'driveMenu', 'startDovecot', 'startSmtp', 'startServer'];

/** True when the file's first line tags it slow. */
export function taggedSlow(source: string): boolean {
  return /^\/\*\*.*@module-tag slow\b/.test(source.split('\n', 1)[0] ?? '');
}

/** True when every top-level suite of the file is skipped without LOKET_TEST_DATABASE_URL. */
export function onlyPostgres(source: string): boolean {
  const suites = source.match(/^describe\b[^(]*\(/gm) ?? [];
  const onDatabase = source.match(/^describe\.skipIf\(!DATABASE_URL\)\(/gm) ?? [];
  return suites.length > 0 && suites.length === onDatabase.length;
}

/** The names a file imports (`import { a, b as c } from …`: a and b), from its static imports. */
function importedNames(source: string): string[] {
  const lists = [...source.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}\s+from/gm)].map((m) => m[1] ?? '');
  const names = lists.flatMap((list) => list.split(',').map((part) => part.trim().replace(/^type\s+/, '')));
  return names.map((name) => name.split(/\s+as\s+/, 1)[0] ?? name);
}

/** Why a file must be tagged slow: what it loads or imports that spawns, and PostgreSQL if it runs only there. */
export function slowReasons(source: string): string[] {
  const modules = SPAWNING_MODULES.filter((name) => source.includes(`'${name}'`));
  const names = importedNames(source).filter((name) => SPAWNING_NAMES.includes(name));
  return [...modules, ...names, ...(onlyPostgres(source) ? ['runs only on PostgreSQL'] : [])];
}
