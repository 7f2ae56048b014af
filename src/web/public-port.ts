/**
 * What the public pages may ask of the office: four lookups and the letterhead, and one write, a
 * survey's answers. The web layer knows only this port; src/web/store-port.ts implements it over the
 * Store with the use cases of src/app/public-*.ts. On PostgreSQL the port is built over
 * src/store/pg/public-store.ts, which reads only through the database's public functions (the
 * server's own login, `loket db serve-login`, may run those and nothing else; issue 32).
 */
import type { PublicCertificate } from '../app/public-certificate.js';
import type { PublicDocument } from '../app/public-document.js';
import type { PublicSurvey, PublicSurveyAnswer } from '../app/public-survey.js';
import type { PublicView } from '../domain/public-view.js';
import type { Lang } from '../i18n/index.js';
import type { Questionnaire } from '../skm-questionnaire.js';

/** A survey as a token opens it: open (with the questionnaire in the page's language), answered, or unknown. */
export type SurveyPage = (PublicSurvey & { state: 'open' } & { questionnaire: Questionnaire }) | { state: 'answered' | 'unknown' };

/** The office as its pages show it: the letterhead, its zone for times, and the upload limit. */
export interface PublicOffice {
  agency: string;
  unit: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  timeZone: string;
  zoneLabel: string;
  /** The letterhead logo (PNG or JPEG), when the profile names one that can be read. */
  logo?: { bytes: Buffer; type: 'image/png' | 'image/jpeg' };
  /** The largest PDF `POST /dokumen` takes, in bytes (`limits.attachmentMb`). */
  uploadBytes: number;
}

export interface PublicPort {
  office(): Promise<PublicOffice>;
  /** The public view of the case a tracking code names; undefined alike for a malformed and an unknown code. */
  status(code: string): Promise<PublicView | undefined>;
  /** The view `status` would give, without waiting, when it is kept and current; undefined: ask `status` (optional). */
  keptStatus?(code: string): PublicView | undefined;
  /** The verdict on a certificate code. */
  certificate(code: string): Promise<PublicCertificate>;
  /** The verdict on the bytes of a PDF. */
  document(bytes: Buffer): Promise<PublicDocument>;
  /** The survey a token opens; a malformed and an unknown token alike are `unknown`. */
  survey(token: string, lang: Lang): Promise<SurveyPage>;
  /** Records one visitor's answers (the form's fields) anonymously, once per token: the only write the pages make. */
  answerSurvey(token: string, form: Record<string, unknown>): Promise<PublicSurveyAnswer>;
}
