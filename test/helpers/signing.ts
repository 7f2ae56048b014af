/** A PKCS#12 signing key made in the test (node-forge), valid over the dates a test needs. */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const forge = createRequire(import.meta.url)('node-forge') as typeof import('node-forge');

/** Writes a self-signed certificate and its key as PKCS#12 to `path`, protected by `passphrase`. */
export function makeP12(path: string, options: { passphrase: string; from: string; to: string; name?: string }): void {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(options.from);
  cert.validity.notAfter = new Date(options.to);
  const attrs = [
    { name: 'commonName', value: options.name ?? 'Dr. Ratna Dewi, M.Si.' },
    { name: 'organizationName', value: 'Komisi Aparatur Sipil Negara' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], options.passphrase, { algorithm: '3des' });
  writeFileSync(path, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
}
