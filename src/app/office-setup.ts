/** The office profile: set up whole (`init`), or one value at a time, every change checked and recorded. */
import { namesShippedAgency, isShippedAgency } from '../domain/complaint-channels.js';
import type { Profile } from '../domain/profile.js';
import { missingSignatoryKeys } from '../domain/signatory.js';
import { ProblemList } from '../errors.js';
import { t } from '../i18n/index.js';
import { STORED_LOGO } from '../render/logo-source.js';
import { authorize } from './authorize.js';
import { assertProfile, getProfileValue, profileChanges, profileKeys, setProfileValue } from './profile-values.js';
import type { Session } from './session.js';
import { fileOption } from './typed-values.js';

/** A logo named by its file is copied into the store (so backups and every workstation have it); the profile names the copy. */
async function storedLogo(s: Session, logo: string): Promise<string> {
  const value = logo.trim();
  if (!value || STORED_LOGO.test(value)) return value;
  const problems = new ProblemList();
  const path = problems.need(fileOption(problems, 'logo', value));
  const { sha256 } = await s.store().storeAttachment(path);
  return `sha256:${sha256}`;
}

const listText = (value: unknown) => (Array.isArray(value) ? value.join('; ') : String(value));

/** Warnings for values that still name the shipped agency (KASN) in a profile whose agency is another. */
function leftoverWarnings(profile: Profile): string[] {
  if (isShippedAgency(profile)) return [];
  return profileKeys(profile).flatMap((key) => {
    const value = getProfileValue(profile, key);
    const texts = Array.isArray(value) ? value : [value];
    return texts.some((v) => typeof v === 'string' && namesShippedAgency(v))
      ? [t('warn.profileLeftover', { key, value: listText(value) })]
      : [];
  });
}

/** Warnings for each document whose signatory is not filled in yet (it could not be signed): said at set-up, not first at signing. */
function unsetSignatoryWarnings(profile: Profile): string[] {
  const byDocument = new Map<string, string[]>();
  for (const key of new Set([...missingSignatoryKeys(profile, 'reply'), ...missingSignatoryKeys(profile, 'certificate')])) {
    const [, document = '', part = ''] = key.split('.');
    byDocument.set(document, [...(byDocument.get(document) ?? []), part]);
  }
  return [...byDocument].map(([document, parts]) =>
    t('warn.signatoryUnset', {
      document: t(`signatory.document.${document as 'reply' | 'certificate'}`),
      parts: parts.map((p) => t(`signatory.part.${p as 'position' | 'name' | 'nip'}`)).join(', '),
    }),
  );
}

/** Records the profile as given (checked whole, its logo kept in the store), and makes sure the store has its secret. */
export async function setUpOffice(s: Session, given: Profile): Promise<{ location: string; profile: Profile }> {
  await authorize(s, 'init');
  const profile = { ...given, logo: await storedLogo(s, given.logo) };
  assertProfile(profile);
  s.warnings.push(...leftoverWarnings(profile), ...unsetSignatoryWarnings(profile));
  const store = s.store();
  const config = await store.updateConfig('init', (c) => ({ value: { ...c, profile }, changes: profileChanges(c.profile, profile) }));
  await store.secret();
  return { location: store.location, profile: config.profile };
}

/** The whole profile, or the value of one dotted key. */
export async function profileValue(s: Session, key?: string): Promise<unknown> {
  const profile = await s.profile();
  return key ? getProfileValue(profile, key) : profile;
}

/** Sets one value by its dotted key (checked before the store is touched); returns the value as stored. */
export async function setProfileSetting(s: Session, key: string, typed: string): Promise<unknown> {
  await authorize(s, 'config');
  const store = s.store();
  // A logo is kept in the store: the profile names the copy, which travels with backups.
  const value = key === 'logo' ? await storedLogo(s, typed) : typed;
  setProfileValue(await s.profile(), key, value);
  const next = await store.updateConfig('config:set', (c) => {
    const profile = setProfileValue(c.profile, key, value);
    return { value: { ...c, profile }, changes: { [key]: { from: getProfileValue(c.profile, key), to: getProfileValue(profile, key) } } };
  });
  return getProfileValue(next.profile, key);
}
