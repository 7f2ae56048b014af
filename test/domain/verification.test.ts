import { describe, expect, it } from 'vitest';
import { publicUrl, statusUrl, verificationUrl } from '../../src/domain/verification.js';

describe('the addresses QR codes carry', () => {
  it.each<[string, { verification?: { url: string }; serve?: { publicUrl: string } }, string | undefined, string | undefined]>([
    ['nothing set: the code alone', {}, undefined, undefined],
    [
      'verification.url with {code}',
      { verification: { url: 'https://x.go.id/cek?kode={code}' } },
      'https://x.go.id/cek?kode=ABCD-EFGH-JKLM-NPQR',
      undefined,
    ],
    [
      'verification.url without {code}',
      { verification: { url: 'https://x.go.id/cek/' } },
      'https://x.go.id/cek/ABCD-EFGH-JKLM-NPQR',
      undefined,
    ],
    [
      'serve.publicUrl only: its /verifikasi/ page',
      { serve: { publicUrl: 'https://layanan.go.id/' } },
      'https://layanan.go.id/verifikasi/ABCD-EFGH-JKLM-NPQR',
      'https://layanan.go.id/status/ABCD-EFGH-JKLM-NPQR',
    ],
    [
      'both: verification.url wins for certificates',
      { verification: { url: 'https://x.go.id/{code}' }, serve: { publicUrl: 'https://layanan.go.id' } },
      'https://x.go.id/ABCD-EFGH-JKLM-NPQR',
      'https://layanan.go.id/status/ABCD-EFGH-JKLM-NPQR',
    ],
    ['empty values count as not set', { verification: { url: ' ' }, serve: { publicUrl: '' } }, undefined, undefined],
  ])('%s', (_what, profile, certificate, status) => {
    expect(verificationUrl(profile, 'ABCD-EFGH-JKLM-NPQR')).toBe(certificate);
    expect(statusUrl(profile, 'ABCD-EFGH-JKLM-NPQR')).toBe(status);
    expect(publicUrl(profile)).toBe(profile.serve?.publicUrl ? 'https://layanan.go.id' : undefined);
  });
});
