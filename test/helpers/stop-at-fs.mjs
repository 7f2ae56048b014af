// Test preload (`node --import`): counts this process's file operations on the data folder
// (LOKET_HOME: paths under it, and the reads, writes and fsyncs of files opened there) and stops the
// process (SIGSTOP) just before the N-th one, after saying so on stderr ("loket-test-stopped N OP
// PATH"); it carries on with that operation once continued (SIGCONT). N comes from
// LOKET_TEST_STOP_AT, or from `globalThis.loketStopAt(n)` in a process that runs several commands
// (which also restarts the count and returns the count of the command before). With
// LOKET_TEST_COUNT_FS=1 it prints "loket-test-fs-ops N" on exit. Used by the fault-injection test
// of the lock (test/store/lock-faults.test.ts) only.
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const fs = require('node:fs');
const fsp = require('node:fs/promises');
let stopAt = Number(process.env.LOKET_TEST_STOP_AT ?? 0);
const home = process.env.LOKET_HOME;
const writeSync = fs.writeSync;
let count = 0;
const opened = new WeakSet();

const inHome = (path) => !!home && (typeof path === 'string' ? path : path instanceof URL ? path.pathname : '').startsWith(home);

function before(op, path) {
  count++;
  if (count !== stopAt) return;
  writeSync(2, `loket-test-stopped ${count} ${op} ${typeof path === 'string' ? path : String(path)}\n`);
  process.kill(process.pid, 'SIGSTOP');
}

const PROMISES = [
  'access',
  'appendFile',
  'copyFile',
  'lstat',
  'mkdir',
  'mkdtemp',
  'open',
  'readdir',
  'readFile',
  'realpath',
  'rename',
  'rm',
  'rmdir',
  'stat',
  'unlink',
  'writeFile',
  'link',
  'symlink',
  'chmod',
  'utimes',
];
for (const name of PROMISES) {
  const original = fsp[name];
  if (typeof original !== 'function') continue;
  fsp[name] = async function (...args) {
    if (!inHome(args[0])) return original.apply(this, args);
    before(name, args[0]);
    const result = await original.apply(this, args);
    if (name === 'open') opened.add(result);
    return result;
  };
}
const SYNC = [
  'existsSync',
  'readFileSync',
  'writeFileSync',
  'statSync',
  'lstatSync',
  'readdirSync',
  'realpathSync',
  'mkdirSync',
  'renameSync',
  'unlinkSync',
  'openSync',
  'fsyncSync',
  'rmSync',
  'createWriteStream',
  'createReadStream',
];
for (const name of SYNC) {
  const original = fs[name];
  if (typeof original !== 'function') continue;
  const wrapped = function (...args) {
    if (inHome(args[0])) before(name, args[0]);
    return original.apply(this, args);
  };
  if (original.native) wrapped.native = original.native;
  fs[name] = wrapped;
}
// The methods of an open file (write, fsync, close...), on the class every fs/promises handle shares.
const handle = await fsp.open(process.execPath, 'r');
const proto = Object.getPrototypeOf(handle);
await handle.close();
for (const name of ['write', 'writeFile', 'readFile', 'read', 'sync', 'datasync', 'close', 'stat', 'truncate']) {
  const original = proto[name];
  if (typeof original !== 'function') continue;
  proto[name] = function (...args) {
    if (opened.has(this)) before(`handle.${name}`, '');
    return original.apply(this, args);
  };
}
syncBuiltinESMExports();
count = 0;
globalThis.loketStopAt = (n) => {
  const before = count;
  count = 0;
  stopAt = n;
  return before;
};
if (process.env.LOKET_TEST_COUNT_FS) process.on('exit', () => writeSync(2, `loket-test-fs-ops ${count}\n`));
