/**
 * Data an office may replace with its own copy: `LOKET_HOME/templates/NAME` when it exists, else the
 * shipped `data/NAME`; read, checked in full (a broken copy is exit 2 naming each field), and kept
 * until the office's copy changes.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPackageJson } from './data.js';
import { InputError, type Problem } from './errors.js';
import { templateDir } from './render/template.js';

const cache = new Map<string, { key: string; data: unknown }>();

/** The checked content of NAME (the office's copy, or the shipped one); `check` names every problem of a candidate. */
export function officeData<T>(name: string, check: (data: unknown, file: string) => Problem[]): T {
  const dir = templateDir();
  const own = dir ? join(dir, name) : undefined;
  const stat = own ? statSync(own, { throwIfNoEntry: false }) : undefined;
  const key = `${own}:${stat?.mtimeMs}:${stat?.size}`;
  const cached = cache.get(name);
  if (cached?.key === key) return cached.data as T;
  let data: unknown;
  let file = `data/${name}`;
  if (own && stat) {
    file = own;
    try {
      data = JSON.parse(readFileSync(own, 'utf8'));
    } catch (error) {
      throw InputError.of(own, 'input.templateJson', { value: (error as Error).message });
    }
  } else data = readPackageJson(`data/${name}`);
  const problems = check(data, file);
  if (problems.length) throw new InputError(problems);
  cache.set(name, { key, data });
  return data as T;
}
