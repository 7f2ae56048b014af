/** Reaching the database without ever printing a password, and libpq's password file. */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { connectionTarget, databaseError, maskUrl, pgpassPassword } from '../../src/store/pg/connect.js';
import { tempHome } from '../helpers/cli.js';

describe('a database address in a message', () => {
  it.each([
    ['postgres://loket:rahasia@db:5432/loket', 'postgres://loket:***@db:5432/loket'],
    ['postgres://loket@db/loket?sslmode=require', 'postgres://loket@db/loket?sslmode=require'],
    ['postgres://loket:p%40ss@db/loket', 'postgres://loket:***@db/loket'],
    ['bukan url:rahasia@x', 'bukan url:***@x'],
  ])('%s → %s', (url, shown) => {
    expect(maskUrl(url)).toBe(shown);
  });

  it('a failure of the server is exit 3 naming the masked address; anything else passes through', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9 postgres://a:rahasia@x/y'), { code: 'ECONNREFUSED' });
    const mapped = databaseError(refused, 'postgres://a:***@x/y');
    expect(mapped).toBeInstanceOf(StoreError);
    expect(JSON.stringify((mapped as StoreError).params)).not.toContain('rahasia');
    const bug = new TypeError('x is undefined');
    expect(databaseError(bug, 'here')).toBe(bug);
  });
});

describe("libpq's password file", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());
  const target = connectionTarget('postgres://loket@db.kantor.local/loket', {});

  it('gives the password of the first matching line, with * and escapes', () => {
    const t = tempHome();
    cleanup = t.cleanup;
    const file = join(t.home, 'pgpass');
    writeFileSync(
      file,
      ['# kantor', 'other:5432:loket:loket:salah', 'db.kantor.local:*:loket:loket:pa\\:ss\\\\1', '*:*:*:*:cadangan'].join('\n'),
    );
    chmodSync(file, 0o600);
    expect(target).toMatchObject({ host: 'db.kantor.local', port: '5432', database: 'loket', user: 'loket', password: '' });
    expect(pgpassPassword(target, { PGPASSFILE: file })).toBe('pa:ss\\1');
    expect(pgpassPassword({ ...target, user: 'lain' }, { PGPASSFILE: file })).toBe('cadangan');
    // Like libpq: a file others may read is not used.
    chmodSync(file, 0o644);
    expect(pgpassPassword(target, { PGPASSFILE: file })).toBeUndefined();
    expect(pgpassPassword(target, { PGPASSFILE: join(t.home, 'none') })).toBeUndefined();
  });
});
