/** Where someone outside the office checks a certificate: the address the QR code carries. */
import type { Profile } from './profile.js';

/** The verification address for a code (`{code}` in `verification.url` replaced), or undefined when none is set. */
export function verificationUrl(profile: Pick<Profile, 'verification'>, code: string): string | undefined {
  const pattern = profile.verification?.url?.trim();
  if (!pattern) return undefined;
  return pattern.includes('{code}')
    ? pattern.replace('{code}', encodeURIComponent(code))
    : `${pattern.replace(/\/$/, '')}/${encodeURIComponent(code)}`;
}
