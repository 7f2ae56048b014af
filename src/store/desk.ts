/** Who is at this workstation's desk: asked once by the menu, remembered in LOKET_HOME/desks/<host>.json. */
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ensureDir, writeFileDurable } from './durable-file.js';

function deskFile(home: string): string {
  return join(home, 'desks', `${hostname().replace(/[^\w.-]/g, '_')}.json`);
}

/** The officer remembered for this workstation, if any. */
export function readDesk(home: string): string | undefined {
  const file = deskFile(home);
  if (!existsSync(file)) return undefined;
  try {
    const { officer } = JSON.parse(readFileSync(file, 'utf8')) as { officer?: unknown };
    return typeof officer === 'string' && officer.trim() ? officer : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the officer at this workstation. */
export async function writeDesk(home: string, officer: string): Promise<void> {
  await ensureDir(join(home, 'desks'));
  await writeFileDurable(deskFile(home), JSON.stringify({ officer }));
}
