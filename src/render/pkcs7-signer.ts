/**
 * The PKCS#7 (CMS, detached) signature of a PDF with a key opened once: forge builds the structure
 * exactly as @signpdf's P12Signer does, and Node's crypto makes the RSA signature. P12Signer decrypted
 * the PKCS#12 file again for every document (3DES and its key derivation in JavaScript) and signed
 * with forge's JavaScript RSA; RSASSA-PKCS1-v1_5 is deterministic, so the signature is byte for byte
 * the one P12Signer made (test/render/pkcs7-signer.test.ts).
 */
import { constants, createPrivateKey, privateEncrypt, type KeyObject } from 'node:crypto';
import type { pki } from 'node-forge';
import { requireCjs } from '../cjs.js';

/** What a signature needs of an opened PKCS#12: every certificate in it, the one of its key, and the key. */
export interface OpenedP12 {
  certificates: pki.Certificate[];
  certificate: pki.Certificate;
  privateKey: KeyObject;
}

// DER of DigestInfo's AlgorithmIdentifier for SHA-256 with its NULL parameters, then the digest's OCTET STRING header (RFC 8017, 9.2).
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** The certificates and the key of a PKCS#12 that forge decrypted; undefined when no certificate matches the key. */
export function openedP12(certificates: pki.Certificate[], key: pki.rsa.PrivateKey): OpenedP12 | undefined {
  const forge = requireCjs('node-forge') as typeof import('node-forge');
  const certificate = certificates.find((c) => {
    const publicKey = c.publicKey as pki.rsa.PublicKey;
    return key.n.compareTo(publicKey.n) === 0 && key.e.compareTo(publicKey.e) === 0;
  });
  if (!certificate) return undefined;
  return { certificates, certificate, privateKey: createPrivateKey(forge.pki.privateKeyToPem(key)) };
}

/** The DER of a detached CMS signature of `content` by `key`, stating `signingTime` (P12Signer's structure and attributes). */
export function pkcs7Signature(content: Buffer, key: OpenedP12, signingTime: Date): Buffer {
  const forge = requireCjs('node-forge') as typeof import('node-forge');
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  for (const c of key.certificates) p7.addCertificate(c);
  // forge asks its signer's key only to sign the digest of the signed attributes.
  const signer = {
    sign: (md: { digest(): { getBytes(): string } }) =>
      privateEncrypt(
        { key: key.privateKey, padding: constants.RSA_PKCS1_PADDING },
        Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')]),
      ).toString('binary'),
  };
  p7.addSigner({
    key: signer as unknown as pki.rsa.PrivateKey,
    certificate: key.certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    // The order matters to EU validators (as in P12Signer): content type, signing time, message digest.
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
      { type: forge.pki.oids.messageDigest! },
    ],
  });
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}
