/**
 * A throwaway Dovecot for the IMAP tests (recipe: shared/reference/test-servers.md): its own
 * config, users, mail and runtime folders in a temp folder, listening on a free loopback port,
 * stopped and removed by the test. Never the system's Dovecot. Skipped, with a line saying so,
 * where Dovecot is not installed (`.ci/run` installs `dovecot-imapd`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort } from './smtp-server.js';

export const IMAP_USER = 'persuratan@contoh.go.id';
export const IMAP_PASSWORD = 'rahasia-imap';

const DOVECOT = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => existsSync(p));
const ROOT = process.getuid?.() === 0;

/** Whether a test Dovecot can be started here (installed, and run as root to hand the mail folder to `mail`). */
export const dovecotAvailable = !!DOVECOT && ROOT;
if (!dovecotAvailable)
  console.log(
    `IMAP tests skipped: ${DOVECOT ? 'they start Dovecot as root (it hands the mail folder to the mail user)' : 'Dovecot is not installed (apt-get install dovecot-imapd; .ci/run does)'}.`,
  );

export interface TestDovecot {
  port: number;
  dir: string;
  stop(): Promise<void>;
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** Whether a process still runs: a zombie does not (on these machines PID 1 reaps the orphaned master late). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Starts a Dovecot of its own on a free port; `stop` ends it and removes everything it had. */
export async function startDovecot(): Promise<TestDovecot> {
  if (!DOVECOT) throw new Error('dovecot is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'loket-dovecot-'));
  // The dovecot user must be able to read the folder (mkdtemp makes it 0700).
  chmodSync(dir, 0o755);
  for (const sub of ['mail', 'state', 'run']) mkdirSync(join(dir, sub));
  const port = await closedPort();
  writeFileSync(join(dir, 'users'), `${IMAP_USER}:{PLAIN}${IMAP_PASSWORD}\n`);
  writeFileSync(
    join(dir, 'dovecot.conf'),
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# A wrong password is answered at once (the default waits 2 s to slow down guessing).
auth_failure_delay = 0
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  chroot =
}
service anvil {
  chroot =
}
`,
  );
  execFileSync('chown', ['-R', 'mail:mail', join(dir, 'mail')]);
  // It forks and returns; its output goes to the log file.
  execFileSync(DOVECOT, ['-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await listening(port))) throw new Error(`dovecot did not start: ${readFileSync(join(dir, 'log'), 'utf8').slice(-2000)}`);
  return {
    port,
    dir,
    async stop() {
      const pidFile = join(dir, 'run', 'master.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').trim());
        // The whole group at once (the master, its log, anvil, auth and imap processes): on SIGTERM the
        // master takes 2.5 to 5 s to wind down, and nothing of this server is kept.
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // already gone
        }
        for (let i = 0; i < 100 && running(pid); i++) await new Promise((r) => setTimeout(r, 10));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
