/** The public port over the office's Store: each lookup one use case of src/app, the letterhead from the profile. */
import { readFile } from 'node:fs/promises';
import { publicCertificate } from '../app/public-certificate.js';
import { publicDocument } from '../app/public-document.js';
import { keptPublicStatus, publicStatus } from '../app/public-status.js';
import { answerPublicSurvey, publicSurvey } from '../app/public-survey.js';
import { localDate } from '../domain/timezone.js';
import { questionnaire } from '../skm-questionnaire.js';
import type { Checklists } from '../domain/requirements.js';
import { attachmentLimitBytes } from '../store/defaults.js';
import { STORED_LOGO } from '../render/logo-source.js';
import type { Store } from '../store/store.js';
import type { PublicOffice, PublicPort } from './public-port.js';

/** The image type of a logo's bytes (PNG or JPEG), or undefined for anything else. */
function imageType(bytes: Buffer): 'image/png' | 'image/jpeg' | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return undefined;
}

/** A port whose answers come from `store` (a survey answered on today's date by `now`); the logo is read once, when first asked for. */
export function storePort(store: Store, checklists: Checklists, now: () => number = Date.now): PublicPort {
  let logo: Promise<PublicOffice['logo']> | undefined;
  // The profile names the copy kept in the store (`sha256:…`), or, in an older profile, a file.
  const readLogo = async (logo: string): Promise<PublicOffice['logo']> => {
    const stored = STORED_LOGO.exec(logo.trim());
    const bytes = stored?.[1]
      ? await store.readAttachment(stored[1]).then(Buffer.from, () => undefined)
      : await readFile(logo).catch(() => undefined);
    const type = bytes && imageType(bytes);
    return bytes && type ? { bytes, type } : undefined;
  };
  return {
    async office() {
      const p = (await store.config()).profile;
      logo ??= p.logo ? readLogo(p.logo) : Promise.resolve(undefined);
      const image = await logo;
      return {
        agency: p.agency,
        unit: p.unit,
        address: p.address,
        phone: p.phone,
        email: p.email,
        website: p.website,
        timeZone: p.timeZone,
        zoneLabel: p.zoneLabel,
        ...(image ? { logo: image } : {}),
        uploadBytes: attachmentLimitBytes(p),
      };
    },
    status: (code) => publicStatus(store, checklists, code),
    keptStatus: (code) => keptPublicStatus(store, checklists, code),
    certificate: (code) => publicCertificate(store, code),
    document: (bytes) => publicDocument(store, bytes),
    async survey(token, lang) {
      const found = await publicSurvey(store, token);
      return found.state === 'open' ? { ...found, questionnaire: questionnaire(lang) } : found;
    },
    async answerSurvey(token, form) {
      const today = localDate(now(), (await store.config()).profile.timeZone);
      return answerPublicSurvey(store, token, form, today);
    },
  };
}
