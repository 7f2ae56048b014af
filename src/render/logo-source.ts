/**
 * The letterhead's logo: kept in the store (`sha256:…` in the profile, so it travels with backups
 * and reaches every workstation of a shared database), read only when a document is drawn.
 */
import { existsSync } from 'node:fs';
import type { Profile } from '../domain/profile.js';

/** How a logo kept in the store is named in the profile: `sha256:` and its hash. */
export const STORED_LOGO = /^sha256:([0-9a-f]{64})$/;

/** Where the letterhead's logo comes from: the store's bytes, and who is told when it cannot be found. */
export interface LogoSource {
  read(sha256: string): Promise<Buffer | undefined>;
  missing(logo: string): void;
}

let logoSource: LogoSource | undefined;
// A sheet set again in a smaller size reads (and reports) its logo once.
const found = new Map<string, Promise<Buffer | string | undefined>>();

/** Set once per run by the command line: the store the logo is read from. */
export function setLogoSource(source: LogoSource | undefined): void {
  logoSource = source;
  found.clear();
}

/**
 * The logo to draw: the bytes kept in the store (`sha256:…`), or the file of an older profile that
 * named a path. A logo that cannot be found is reported (a warning), and the letterhead drawn without it.
 */
export function letterheadLogo(profile: Pick<Profile, 'logo'>): Promise<Buffer | string | undefined> {
  const logo = profile.logo.trim();
  if (!logo) return Promise.resolve(undefined);
  let result = found.get(logo);
  if (!result) {
    result = (async () => {
      const stored = STORED_LOGO.exec(logo);
      const image = stored ? await logoSource?.read(stored[1]!) : existsSync(logo) ? logo : undefined;
      if (!image) logoSource?.missing(logo);
      return image;
    })();
    found.set(logo, result);
  }
  return result;
}
