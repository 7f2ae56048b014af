/** The office profile: set up whole (`init`), or one value at a time, every change checked and recorded. */
import { authorize } from './authorize.js';
import type { Profile } from '../domain/profile.js';
import { assertProfile, getProfileValue, profileChanges, setProfileValue } from './profile-values.js';
import type { Session } from './session.js';

/** Records the profile as given (checked whole), and makes sure the store has its secret. */
export async function setUpOffice(s: Session, profile: Profile): Promise<{ location: string; profile: Profile }> {
  await authorize(s, 'init');
  assertProfile(profile);
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
export async function setProfileSetting(s: Session, key: string, value: string): Promise<unknown> {
  await authorize(s, 'config');
  const store = s.store();
  setProfileValue(await s.profile(), key, value);
  const next = await store.updateConfig('config:set', (c) => {
    const profile = setProfileValue(c.profile, key, value);
    return { value: { ...c, profile }, changes: { [key]: { from: getProfileValue(c.profile, key), to: getProfileValue(profile, key) } } };
  });
  return getProfileValue(next.profile, key);
}
