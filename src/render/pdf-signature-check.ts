/**
 * Reading a PDF's signature back: whether the bytes it signs are intact. A PAdES/CMS signature
 * covers every byte but its own /Contents hole (the /ByteRange); a changed byte outside the hole
 * changes the digest, and the digest is bound to the signer's key by the signed attributes.
 */
import { createHash } from 'node:crypto';
import { requireCjs } from '../cjs.js';

export interface SignatureCheck {
  signed: boolean;
  /** The signed bytes are unchanged and the signature matches its certificate's key. */
  intact: boolean;
  /** Why not intact, for the message. */
  problem?: 'noSignature' | 'byteRange' | 'digest' | 'signature' | 'unreadable';
  signer?: string;
}

const BYTE_RANGE_RE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';

/** The check of the last signature in `bytes`. */
export function checkPdfSignature(bytes: Buffer): SignatureCheck {
  const ranges = [...bytes.toString('latin1').matchAll(BYTE_RANGE_RE)].at(-1);
  if (!ranges) return { signed: false, intact: false, problem: 'noSignature' };
  const [a, b, c, d] = ranges.slice(1, 5).map(Number) as [number, number, number, number];
  // The signature must cover the whole file but its /Contents hole: anything appended after it is not signed.
  if (a !== 0 || c + d !== bytes.length || b >= c) return { signed: true, intact: false, problem: 'byteRange' };
  const hole = bytes.subarray(b, c).toString('latin1');
  const hex = hole.replace(/^</, '').replace(/>$/, '');
  const signedBytes = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  try {
    return verifyCms(Buffer.from(hex, 'hex'), signedBytes);
  } catch {
    return { signed: true, intact: false, problem: 'unreadable' };
  }
}

/** The DER structure at the start of the hole, without the zero padding after it. */
function derOnly(padded: Buffer): Buffer {
  const first = padded[1] ?? 0;
  if (first < 0x80) return padded.subarray(0, 2 + first);
  const n = first & 0x7f;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + (padded[2 + i] ?? 0);
  return padded.subarray(0, 2 + n + length);
}

function verifyCms(der: Buffer, signedBytes: Buffer): SignatureCheck {
  const forge = requireCjs('node-forge') as typeof import('node-forge');
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(derOnly(der).toString('binary')));
  const message = forge.pkcs7.messageFromAsn1(asn1) as import('node-forge').pkcs7.PkcsSignedData & {
    rawCapture: { authenticatedAttributes?: import('node-forge').asn1.Asn1[]; signature: string };
  };
  const certificate = message.certificates[0];
  const attributes = message.rawCapture.authenticatedAttributes ?? [];
  const signer = (certificate?.subject.getField('CN') as { value?: string } | null)?.value;
  const digestAttribute = attributes.find((attr) => {
    const [oid] = Array.isArray(attr.value) ? attr.value : [];
    return oid && forge.asn1.derToOid(forge.util.createBuffer(String(oid.value))) === MESSAGE_DIGEST;
  });
  const digestSet = Array.isArray(digestAttribute?.value) ? digestAttribute.value[1] : undefined;
  const digestValue = Array.isArray(digestSet?.value) ? digestSet.value[0]?.value : undefined;
  const actual = createHash('sha256').update(signedBytes).digest('binary');
  if (!certificate || typeof digestValue !== 'string' || digestValue !== actual)
    return { signed: true, intact: false, problem: 'digest', signer };
  // The signature is over the signed attributes, DER-encoded as a SET.
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
  const md = forge.md.sha256.create().update(forge.asn1.toDer(set).getBytes());
  const publicKey = certificate.publicKey as import('node-forge').pki.rsa.PublicKey;
  const valid = publicKey.verify(md.digest().bytes(), message.rawCapture.signature);
  return valid ? { signed: true, intact: true, signer } : { signed: true, intact: false, problem: 'signature', signer };
}
