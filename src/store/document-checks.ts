/**
 * Checking one stored thing as its zod schema would, without loading zod for what is valid: the plain
 * check first (case-shape.ts, document-shapes.ts), the schema only to say what is wrong.
 */
import { caseShape } from './case-shape.js';
import { configShape, issuedDocumentShape } from './document-shapes.js';
import { firstIssue } from './json-file.js';
import type { IssuedDocument } from './store.js';

const schemas = () => import('./schema.js');

/** The first problem of a case as `path: message` (caseSchema's words), or undefined when it is a valid case. */
export async function caseProblem(value: unknown): Promise<string | undefined> {
  return caseShape(value) ? undefined : firstIssue((await schemas()).caseSchema, value);
}

/** The first problem of a configuration document (configSchema's words), or undefined. */
export async function configProblem(value: unknown): Promise<string | undefined> {
  return configShape(value) ? undefined : firstIssue((await schemas()).configSchema, value);
}

/** A line of the issued register as its schema reads it, or undefined when it is not one. */
export async function issuedEntry(value: unknown): Promise<IssuedDocument | undefined> {
  if (issuedDocumentShape(value)) return value as IssuedDocument;
  const parsed = (await schemas()).issuedDocumentSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
