/**
 * What a store keeps of the satisfaction survey: anonymous responses (a day, a service, the answers,
 * never a case, an applicant or a token), one token per case that lets one online answer in and is
 * then only marked used, and the paper batches imported. Nothing kept ties a response to a token:
 * a token records no time of use, and responses carry random ids and are kept by day, not in the
 * order they came.
 */
import type { Service } from '../domain/model.js';
import type { NewSurveyResponse, SurveyResponse } from '../domain/skm.js';

/** What a token lets in: the service of the case it was made for, and whether it was used. Never the case. */
export interface SurveyTokenInfo {
  service: Service;
  used: boolean;
}

/** A paper batch imported: the file by its SHA-256, so the same file is not counted twice. */
export interface SurveyImport {
  sha256: string;
  name: string;
  rows: number;
  at: string;
  by: string;
}

export interface SurveyStore {
  /** The survey token of a case, made (random) the first time it is asked for; an InputError when there is no such case. */
  surveyToken(caseId: string): Promise<string>;
  /** The token's service and whether it was used; undefined for a token the store never made. */
  findSurveyToken(token: string): Promise<SurveyTokenInfo | undefined>;
  /**
   * Records one response. With a token, in the same change: the token must be unused (else an
   * InputError naming `token`) and is marked used; the response keeps nothing of it.
   */
  recordSurveyResponse(response: NewSurveyResponse, token?: string): Promise<void>;
  /** Records the responses of a paper batch, all or none; a file already imported (same SHA-256) is an InputError naming `file`. */
  importSurveyResponses(responses: NewSurveyResponse[], source: Omit<SurveyImport, 'at' | 'by'>): Promise<number>;
  /** The responses given from `from` to `to` (dates, inclusive), by day. */
  surveyResponses(from: string, to: string): Promise<SurveyResponse[]>;
}
