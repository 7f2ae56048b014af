/**
 * The survey link a case's answer carries (reply letter, answer slip, reply e-mail):
 * `{serve.publicUrl}/survei/{token}`, with the one token the store keeps for the case.
 */
import { publicUrl, surveyUrl } from '../domain/verification.js';
import type { Session } from './session.js';

/**
 * The survey link of a case, its token made the first time it is asked for; undefined when the
 * office has no public page (`serve.publicUrl` not set), and then no token is made.
 */
export async function surveyLink(s: Session, caseId: string): Promise<string | undefined> {
  const profile = await s.profile();
  if (!publicUrl(profile)) return undefined;
  return surveyUrl(profile, await s.store().surveyToken(caseId));
}
