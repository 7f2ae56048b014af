/** Document wording from `templates/`, with `{placeholder}` filling that refuses unknown names. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPackageJson } from '../data.js';
import { caseTextProblems } from '../domain/text.js';
import { InputError } from '../errors.js';

const TEMPLATE_MAX_BYTES = 256 * 1024;

const PLACEHOLDER_RE = /\{(\w+)\}/g;

let officeDir: string | undefined;

/** Where an office keeps its own edited templates (LOKET_HOME/templates); they win over the shipped ones. */
export function setTemplateDir(dir: string | undefined): void {
  officeDir = dir;
}

/** The office's templates folder in use (caches of loaded templates are kept per folder). */
export function templateDir(): string | undefined {
  return officeDir;
}

/**
 * Loads `<name>.json` from the office's templates folder if it has one, else from the package. An
 * office copy must have every field the shipped one has, of the same kind (text, list, group):
 * a copy that lacks one is refused (exit 2, each field named) before anything is numbered or recorded.
 */
export function loadTemplate<T>(name: string): T {
  const shipped = readPackageJson<T>(`templates/${name}.json`);
  if (!shipped) throw new Error(`templates/${name}.json is missing from the package`);
  if (officeDir) {
    const path = join(officeDir, `${name}.json`);
    if (existsSync(path)) {
      // Wording, not a book: a file or a text beyond these would be numbered first and then take minutes to lay out.
      if (statSync(path).size > TEMPLATE_MAX_BYTES) throw InputError.of(path, 'input.templateSize', { max: TEMPLATE_MAX_BYTES / 1024 });
      let own: unknown;
      try {
        own = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw InputError.of(path, 'input.templateJson', { value: (error as Error).message });
      }
      const missing = missingFields(shipped, own);
      if (missing.length) throw new InputError(missing.map((m) => ({ field: path, key: 'input.templateField', params: { value: m } })));
      const bad = caseTextProblems(own).filter((b) => b.problem.key !== 'input.notNfc');
      if (bad.length)
        throw new InputError(bad.map((b) => ({ field: `${path}: ${b.field}`, key: b.problem.key, params: b.problem.params })));
      return own as T;
    }
  }
  return shipped;
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;
}

/** Fields of `shape` that `value` lacks or holds as another kind, as `path (kind)`; lists are checked by kind only. */
function missingFields(shape: unknown, value: unknown, path = ''): string[] {
  if (kindOf(shape) !== kindOf(value)) return [`${path || '(root)'} (${kindOf(shape)})`];
  if (kindOf(shape) !== 'object') return [];
  return Object.entries(shape as Record<string, unknown>).flatMap(([k, v]) =>
    missingFields(v, (value as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
  );
}

/** Placeholders used in a text that are not among `allowed`. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!).filter((name) => !allowed.includes(name));
}

/** Every unknown placeholder in every string of a template, as `path: {name}`. */
export function checkTemplate(template: unknown, allowed: readonly string[], path = ''): string[] {
  if (typeof template === 'string') return unknownPlaceholders(template, allowed).map((n) => `${path}: {${n}}`);
  if (Array.isArray(template)) return template.flatMap((t, i) => checkTemplate(t, allowed, `${path}[${i}]`));
  if (template && typeof template === 'object') {
    return Object.entries(template).flatMap(([k, v]) => checkTemplate(v, allowed, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Refuses a template with unknown placeholders (exit 2, each one named). */
export function assertTemplate(name: string, template: unknown, allowed: readonly string[]): void {
  const bad = checkTemplate(template, allowed);
  if (bad.length) throw new InputError(bad.map((b) => ({ field: `${name}.json`, key: 'input.templatePlaceholder', params: { value: b } })));
}

/** Fills `{name}` placeholders; a missing value leaves an empty string. */
export function fill(text: string, values: Record<string, string | number | undefined>): string {
  return text.replace(PLACEHOLDER_RE, (_all, name: string) => String(values[name] ?? ''));
}
