/** The PDF signature made with Node's RSA over a key opened once: byte for byte @signpdf's P12Signer's. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { P12Signer } from '@signpdf/signer-p12';
import { openSigningKey } from '../../src/render/pdf-signing.js';
import { pkcs7Signature } from '../../src/render/pkcs7-signer.js';
import { makeP12 } from '../helpers/signing.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-pkcs7-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const P12 = join(dir, 'kantor.p12');
makeP12(P12, { passphrase: 'rahasia', from: '2026-01-01T00:00:00Z', to: '2026-12-31T23:59:59Z' });
const at = new Date('2026-03-02T02:00:00Z');
const statement = { reason: 'Surat jawaban', location: 'Jakarta', contact: 'layanan@kasn.go.id' };

describe('the PKCS#7 signature of a PDF', () => {
  it.each([
    ['no bytes at all', Buffer.alloc(0)],
    ['100 KB of every byte value', Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256))],
  ])('is the one P12Signer makes, for %s', async (_, content) => {
    const key = openSigningKey(readFileSync(P12), 'rahasia', at, statement);
    const theirs = await new P12Signer(readFileSync(P12), { passphrase: 'rahasia' }).sign(content, at);
    expect(pkcs7Signature(content, key.key, at).equals(theirs)).toBe(true);
  });

  it('differs for other content and for another signing time', async () => {
    const key = openSigningKey(readFileSync(P12), 'rahasia', at, statement);
    const one = pkcs7Signature(Buffer.from('a'), key.key, at);
    expect(one.equals(pkcs7Signature(Buffer.from('b'), key.key, at))).toBe(false);
    expect(one.equals(pkcs7Signature(Buffer.from('a'), key.key, new Date('2026-03-02T02:00:01Z')))).toBe(false);
  });

  it('names the certificate’s holder, and refuses a wrong passphrase with the field named', () => {
    expect(openSigningKey(readFileSync(P12), 'rahasia', at, statement).signer).toBe('Dr. Ratna Dewi, M.Si.');
    expect(() => openSigningKey(readFileSync(P12), 'salah', at, statement)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'LOKET_SIGNING_PASSPHRASE' })] }),
    );
  });
});
