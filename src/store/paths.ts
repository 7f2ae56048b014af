/** Where everything lives under LOKET_HOME. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The home folder: --home, else LOKET_HOME, else the XDG data folder. */
export function resolveHome(env: NodeJS.ProcessEnv, flag?: string): string {
  if (flag) return flag;
  if (env.LOKET_HOME) return env.LOKET_HOME;
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'loket');
}

/** The files and folders of one store. */
export class StorePaths {
  constructor(readonly home: string) {}
  get config(): string { return join(this.home, 'config.json'); }
  get lock(): string { return join(this.home, '.lock'); }
  get data(): string { return join(this.home, 'store'); }
  get meta(): string { return join(this.data, 'meta.json'); }
  get attachments(): string { return join(this.home, 'attachments'); }
  get documents(): string { return join(this.home, 'documents'); }
  get backups(): string { return join(this.home, 'backups'); }
  cases(year: number): string { return join(this.data, `cases-${year}.json`); }
  letters(year: number): string { return join(this.data, `letters-${year}.json`); }
  index(year: number): string { return join(this.data, `index-${year}.json`); }
  attachment(sha256: string): string { return join(this.attachments, sha256.slice(0, 2), sha256); }
}

/** Years that have a file of the given kind in the store folder, ascending. */
export function yearsIn(fileNames: string[], prefix: 'cases' | 'letters'): number[] {
  const re = new RegExp(`^${prefix}-(\\d{4})\\.json$`);
  return fileNames.map((n) => re.exec(n)?.[1]).filter((y): y is string => !!y).map(Number).sort((a, b) => a - b);
}
