/** The configuration a store starts with: the default office profile shipped in `data/`. */
import { readPackageJson } from '../data.js';
import type { ConfigDoc, Profile } from './schema.js';
import { SCHEMA_VERSION } from './version.js';

/** The largest attachment accepted when the profile sets no limit (MB). */
export const DEFAULT_ATTACHMENT_MB = 50;

/** The largest attachment the office accepts, in bytes (`limits.attachmentMb`, else the default). */
export function attachmentLimitBytes(profile: Profile): number {
  return (profile.limits?.attachmentMb ?? DEFAULT_ATTACHMENT_MB) * 1024 * 1024;
}

/** The shipped default office profile (the KASN working group of the service standards). */
export function defaultProfile(): Profile {
  const profile = readPackageJson<Profile>('data/office-profile.json');
  if (!profile) throw new Error('data/office-profile.json is missing from the package');
  return profile;
}

/** A fresh configuration: default profile, no local calendar changes, no events. */
export function defaultConfig(): ConfigDoc {
  return { schemaVersion: SCHEMA_VERSION, profile: defaultProfile(), calendar: { closures: [], openings: [] }, events: [] };
}
