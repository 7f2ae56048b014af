/**
 * Electronic signatures (PAdES, ETSI.CAdES.detached) on the office's PDFs with a PKCS#12 key,
 * decrypted once when it is opened (pkcs7-signer.ts signs with it). The @signpdf packages and
 * node-forge (~65 ms to import) are loaded only when a document is signed.
 */
import { InputError } from '../errors.js';
import { requireCjs } from '../cjs.js';
import type { Doc } from './pdf.js';
import { openedP12, pkcs7Signature, type OpenedP12 } from './pkcs7-signer.js';

/** An opened signing key and what every signature states with it. */
export interface SigningKey {
  key: OpenedP12;
  /** The certificate's subject (common name), as a reader's signature panel shows it. */
  signer: string;
  reason: string;
  location: string;
  contact: string;
  /** The moment the documents are signed. */
  at: Date;
}

/**
 * Opens the PKCS#12 key and checks it can sign now; refused (exit 2) when the passphrase is wrong,
 * the file holds no key and certificate, or the certificate is not valid at `at` (expired or not yet).
 */
export function openSigningKey(
  p12: Buffer,
  passphrase: string,
  at: Date,
  statement: Pick<SigningKey, 'reason' | 'location' | 'contact'>,
): SigningKey {
  const forge = requireCjs('node-forge') as typeof import('node-forge');
  let certificates: import('node-forge').pki.Certificate[] = [];
  let privateKey: import('node-forge').pki.rsa.PrivateKey | undefined;
  try {
    const store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), false, passphrase);
    const bags = (type: string) => store.getBags({ bagType: type })[type] ?? [];
    const { certBag = '', pkcs8ShroudedKeyBag = '', keyBag = '' } = forge.pki.oids;
    certificates = bags(certBag).flatMap((b) => (b.cert ? [b.cert] : []));
    privateKey = [...bags(pkcs8ShroudedKeyBag), ...bags(keyBag)][0]?.key as typeof privateKey;
  } catch {
    throw InputError.of('LOKET_SIGNING_PASSPHRASE', 'input.signingPassphrase');
  }
  const key = privateKey && openedP12(certificates, privateKey);
  if (!key) throw InputError.of('signing.p12', 'input.signingNoKey');
  const { certificate } = key;
  const { notBefore, notAfter } = certificate.validity;
  if (at < notBefore || at > notAfter) {
    throw InputError.of('signing.p12', 'input.signingExpired', {
      from: notBefore.toISOString().slice(0, 10),
      to: notAfter.toISOString().slice(0, 10),
    });
  }
  const cn = certificate.subject.getField('CN') as { value?: string } | null;
  return { key, signer: cn?.value ?? '', at, ...statement };
}

/** Adds the signature dictionary and its empty /Contents to an open document (call before `doc.end()`). */
export function addSignaturePlaceholder(doc: Doc, key: SigningKey): void {
  const { pdfkitAddPlaceholder } = requireCjs('@signpdf/placeholder-pdfkit') as typeof import('@signpdf/placeholder-pdfkit');
  const { SUBFILTER_ETSI_CADES_DETACHED } = requireCjs('@signpdf/utils') as typeof import('@signpdf/utils');
  // The references it returns are already ended (pdfkit ends the AcroForm itself): ending them again
  // leaves pdfkit waiting for ever (see ../shared/reference/pdf-signing.md).
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: key.reason,
    contactInfo: key.contact,
    name: key.signer,
    location: key.location,
    signingTime: key.at,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
}

/** The finished PDF with its signature written into the placeholder. */
export async function signPdf(bytes: Buffer, key: SigningKey): Promise<Buffer> {
  const { SignPdf } = requireCjs('@signpdf/signpdf') as typeof import('@signpdf/signpdf');
  const { Signer } = requireCjs('@signpdf/utils') as typeof import('@signpdf/utils');
  // SignPdf takes only a subclass of its Signer, a class of a package loaded here.
  const signer = new (class extends Signer {
    override async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
      return pkcs7Signature(content, key.key, signingTime ?? key.at);
    }
  })();
  return new SignPdf().sign(bytes, signer, key.at);
}
