/** A PKCS#12 signing key made in the test (node-forge), valid over the dates a test needs. */
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const forge = createRequire(import.meta.url)('node-forge') as typeof import('node-forge');

type P12Options = { passphrase: string; from: string; to: string; name?: string };

/** The PKCS#12 made for each set of options in this test process: a key pair and its encoding cost up to a second each in forge. */
const made = new Map<string, Buffer>();

/** Writes a self-signed certificate and its key as PKCS#12 to `path`, protected by `passphrase`; one key per signer's name. */
export function makeP12(path: string, options: P12Options): void {
  const key = JSON.stringify([options.passphrase, options.from, options.to, options.name]);
  let p12 = made.get(key);
  if (!p12) made.set(key, (p12 = newP12(options)));
  writeFileSync(path, p12);
}

function newP12(options: P12Options): Buffer {
  // Node's key generation, not forge's JavaScript one (half a second and more for each key).
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicExponent: 0x10001,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const keys = { publicKey: forge.pki.publicKeyFromPem(pair.publicKey), privateKey: forge.pki.privateKeyFromPem(pair.privateKey) };
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
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}
