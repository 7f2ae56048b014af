/** Where someone outside the office checks a certificate or follows a case: the addresses QR codes carry. */
import type { Profile } from './profile.js';

/** The public page's address without a trailing slash, or undefined when `serve.publicUrl` is not set. */
export function publicUrl(profile: Pick<Profile, 'serve'>): string | undefined {
  return profile.serve?.publicUrl?.trim().replace(/\/+$/, '') || undefined;
}

/**
 * The verification address for a code: `verification.url` with `{code}` replaced, else the public
 * page's `/verifikasi/{code}` (`serve.publicUrl`), else undefined.
 */
export function verificationUrl(profile: Pick<Profile, 'verification' | 'serve'>, code: string): string | undefined {
  const pattern = profile.verification?.url?.trim();
  if (!pattern) {
    const base = publicUrl(profile);
    return base ? `${base}/verifikasi/${encodeURIComponent(code)}` : undefined;
  }
  return pattern.includes('{code}')
    ? pattern.replace('{code}', encodeURIComponent(code))
    : `${pattern.replace(/\/$/, '')}/${encodeURIComponent(code)}`;
}

/** The public status page of a tracking code (`serve.publicUrl` + `/status/{code}`), or undefined when not set. */
export function statusUrl(profile: Pick<Profile, 'serve'>, code: string): string | undefined {
  const base = publicUrl(profile);
  return base ? `${base}/status/${encodeURIComponent(code)}` : undefined;
}

/** The survey page of a token (`serve.publicUrl` + `/survei/{token}`), or undefined when not set. */
export function surveyUrl(profile: Pick<Profile, 'serve'>, token: string): string | undefined {
  const base = publicUrl(profile);
  return base ? `${base}/survei/${encodeURIComponent(token)}` : undefined;
}
