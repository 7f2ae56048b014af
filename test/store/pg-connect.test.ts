/** Reaching the database without ever printing a password, and libpq's password file. */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { InputError } from '../../src/errors.js';
import { checkDatabaseUrl, connectionTarget, databaseError, maskUrl, pgpassPassword } from '../../src/store/pg/connect.js';
import { tempHome } from '../helpers/cli.js';

describe('a database address in a message', () => {
  it.each([
    ['postgres://loket:rahasia@db:5432/loket', 'postgres://loket:***@db:5432/loket'],
    ['postgres://loket@db/loket?sslmode=require', 'postgres://loket@db/loket?sslmode=require'],
    ['postgres://loket:p%40ss@db/loket', 'postgres://loket:***@db/loket'],
    ['bukan url:rahasia@x', 'bukan url:***@x'],
    // Issue 24: with no scheme, another scheme, or not parsed, the password is masked all the same.
    ['loket:S3cretPw!x@127.0.0.1/loket', 'loket:***@127.0.0.1/loket'],
    ['mysql://loket:S3cretPw!x@db/loket', 'mysql://loket:***@db/loket'],
    ['postgres://loket:S3cretPw!x@[bad:1/loket', 'postgres://loket:***@[bad:1/loket'],
    ['postgres://loket:pa/ss:x@db/loket', 'postgres://loket:***@db/loket'],
    ['postgres://loket@db/loket?password=S3cretPw&sslmode=require', 'postgres://loket@db/loket?password=***&sslmode=require'],
  ])('%s → %s', (url, shown) => {
    expect(maskUrl(url)).toBe(shown);
  });

  it.each([
    ['loket:S3cretPw!x@127.0.0.1/loket', 'input.databaseScheme'],
    ['mysql://loket@db/loket', 'input.databaseScheme'],
    ['db.kantor.local', 'input.databaseScheme'],
    ['postgres://[bad:1/loket', 'input.databaseUrl'],
    ['postgres://loket@db:99999/loket', 'input.databaseUrl'],
    ['postgres://loket@db/loket?port=0', 'input.databaseUrl'],
    ['postgres://loket@db/loket?hots=/tmp', 'input.databaseParam'],
  ])('%s is refused (exit 2): %s, the password masked', (url, key) => {
    let thrown: unknown;
    try {
      checkDatabaseUrl(url, '--database');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).problems[0]).toMatchObject({ field: '--database', key });
    expect(JSON.stringify((thrown as InputError).problems)).not.toContain('S3cretPw');
  });

  it.each([
    ['postgres://loket@db.kantor.local:5432/loket?sslmode=require'],
    ['postgresql://loket:pw@db/loket'],
    ['postgres:///loket?host=/run/postgresql&port=5433'],
    ['postgres://postgres@127.0.0.1:5432/postgres?search_path=t_1'],
  ])('%s is accepted', (url) => {
    expect(() => checkDatabaseUrl(url, '--database')).not.toThrow();
  });

  it('a failure of the server is exit 3 naming the masked address; anything else passes through', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9 postgres://a:rahasia@x/y'), { code: 'ECONNREFUSED' });
    const mapped = databaseError(refused, 'postgres://a:***@x/y');
    expect(mapped).toBeInstanceOf(StoreError);
    expect(JSON.stringify((mapped as StoreError).params)).not.toContain('rahasia');
    // What the server refuses, and what it waited for, are exit 3 too, in words.
    for (const [code, message, key] of [
      ['55P03', 'canceling statement due to lock timeout', 'store.dbLockTimeout'],
      ['57014', 'canceling statement due to statement timeout', 'store.dbStatementTimeout'],
      ['25006', 'cannot execute INSERT in a read-only transaction', 'store.dbRefused'],
      ['42501', 'permission denied for table cases', 'store.dbRefused'],
      ['23505', 'duplicate key value violates unique constraint "cases_pkey"', 'store.dbRefused'],
    ])
      expect(databaseError(Object.assign(new Error(message), { code }), 'here', 1500)).toMatchObject({ key });
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
