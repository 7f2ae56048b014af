/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/** Issue 16: documents signed at creation (PAdES), checked by poppler's pdfsig and by `loket verify-pdf`. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, signedOffice, tempHome } from '../helpers/loket.js';
import { makeP12 } from '../helpers/signing.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-sign-'));
const P12 = join(dir, 'tte.p12');
const PASS = 'rahasia-kantor';
beforeAll(() => makeP12(P12, { passphrase: PASS, from: '2026-01-01T00:00:00Z', to: '2026-12-31T23:59:59Z' }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasPdfsig = (() => {
  try {
    execFileSync('pdfsig', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// CI installs poppler-utils (.ci/run); a machine without it skips only the pdfsig check, and says so.
if (!hasPdfsig && process.env.CI) throw new Error('pdfsig (poppler-utils) is required in CI');
if (!hasPdfsig) console.log('pdfsig not found: the poppler check of signatures is skipped (apt-get install poppler-utils)');

let home = '';
let cleanup = () => {};
beforeEach(async () => {
  ({ home, cleanup } = tempHome());
  await signedOffice(home);
  await run(['config', 'set', 'signing.p12', P12]);
  await run(['config', 'set', 'signing.reason', 'Jawaban resmi Komisi ASN']);
  await run(letterArgs(['--letter-number', '800/1/2026', '--letter-date', '2026-03-13']));
  for (const step of [
    ['dispose', '2026-0001', '--to', 'Budi'],
    ['analyse', '2026-0001', '--feasible', 'yes'],
    ['decide', '2026-0001', '--decline', '--reason', 'Jadwal penuh.'],
  ]) {
    await run(step);
  }
});
afterEach(() => cleanup());

function run(args: string[], env: Record<string, string> = {}, now = '2026-03-16T09:00:00+07:00') {
  return runLoket(args, { home, now, env });
}

describe('a signed reply', () => {
  it('is refused with a wrong passphrase or none, before a number is given', async () => {
    const wrong = await run(['reply', '2026-0001', '--json'], { LOKET_SIGNING_PASSPHRASE: 'salah' });
    expect(wrong.code).toBe(2);
    expect(wrong.json.error.problems[0].field).toBe('LOKET_SIGNING_PASSPHRASE');
    expect((await run(['reply', '2026-0001'])).code).toBe(2);
    const ok = await run(['reply', '2026-0001', '--json'], { LOKET_SIGNING_PASSPHRASE: PASS });
    expect(ok.json.letterNumber).toBe('B-1/JP.01/03/2026');
  });

  it('is refused when the certificate has expired', async () => {
    const r = await run(['reply', '2026-0001', '--json'], { LOKET_SIGNING_PASSPHRASE: PASS }, '2027-01-04T09:00:00+07:00');
    expect(r.code).toBe(2);
    expect(r.json.error.problems[0]).toMatchObject({ field: 'signing.p12' });
    expect(r.stderr).toContain('2026-12-31');
  });

  it('is valid for pdfsig and for verify-pdf; one changed byte is caught; an unissued copy is not ours', async () => {
    const out = join(dir, `jawaban-${Date.now()}.pdf`);
    const reply = await run(['reply', '2026-0001', '--out', out, '--json'], { LOKET_SIGNING_PASSPHRASE: PASS });
    expect(reply.code, reply.stderr).toBe(0);
    if (hasPdfsig) {
      const report = execFileSync('pdfsig', [out], { encoding: 'utf8' });
      expect(report).toContain('Signature is Valid.');
      expect(report).toContain('ETSI.CAdES.detached');
      expect(report).toContain('Dr. Ratna Dewi, M.Si.');
    }
    const good = await run(['verify-pdf', out, '--json']);
    expect(good.code).toBe(0);
    expect(good.json).toMatchObject({ signed: true, intact: true, valid: true, issued: { caseId: '2026-0001' } });

    const changed = join(dir, 'diubah.pdf');
    const bytes = Buffer.from(readFileSync(out));
    const at = bytes.indexOf('B-1/JP.01/03/2026');
    bytes[at] = 'C'.charCodeAt(0);
    writeFileSync(changed, bytes);
    const bad = await run(['verify-pdf', changed]);
    expect(bad.code).toBe(4);
    expect(bad.stdout).toContain('TIDAK utuh');

    // Signed by the same key, but not a document this store saved.
    const other = tempHome();
    copyFileSync(out, join(other.home, 'copy.pdf'));
    const foreign = await runLoket(['verify-pdf', join(other.home, 'copy.pdf'), '--json'], { home: other.home });
    expect(foreign.code).toBe(4);
    expect(foreign.json).toMatchObject({ intact: true, issued: null, valid: false });
    expect(existsSync(join(other.home, 'store'))).toBe(false);
    other.cleanup();
  });

  it('an unsigned document is reported as such (exit 4)', async () => {
    const receipt = await run(['receipt', '2026-0001', '--json']);
    const r = await run(['verify-pdf', receipt.json.receipt]);
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('tidak bertanda tangan');
    expect(r.stdout).toContain('Diterbitkan oleh kantor ini');
  });
});
