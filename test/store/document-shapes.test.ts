/**
 * The plain checks (case-shape.ts, document-shapes.ts) against the zod schemas they stand in for:
 * each accepts the full documents a store writes, and never accepts what its schema refuses, whatever
 * single value of the document is changed; what they refuse is worded by zod.
 */
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { caseShape } from '../../src/store/case-shape.js';
import { caseProblem, configProblem, issuedEntry } from '../../src/store/document-checks.js';
import {
  blockShape,
  blockShellShape,
  configShape,
  issuedDocumentShape,
  letterBookShape,
  metaShape,
} from '../../src/store/document-shapes.js';
import { defaultConfig } from '../../src/store/defaults.js';
import type { Check } from '../../src/store/plain-checks.js';
import * as schemas from '../../src/store/schema.js';
import { simpleCase } from '../helpers/store.js';

const at = '2026-03-02T09:00:00+07:00';
const sha = 'a'.repeat(64);
const certificate = {
  code: 'C-1',
  issuedAt: at,
  letterNumber: 'B-1/2026',
  states: {
    caseId: '2026-0001',
    issue: 1,
    agency: 'Dinas',
    score: 80,
    maxScore: 100,
    index: 0.8,
    category: 'Baik',
    decree: 'SK-1',
    plenaryDate: '2026-03-10',
    year: 2026,
    issuedAt: at,
    letterNumber: 'B-1/2026',
  },
  revoked: { at, by: 'kepala', reason: 'salah', decision: 'SK-2' },
};

/** A case with every part filled, as far as the schema goes. */
const fullCase = simpleCase(2026, 1, {
  trackingCode: 'ABCD-EFGH-JKLM-NPQR',
  channelRef: 'ref-1',
  applicant: {
    name: 'Pemohon',
    type: 'instansi',
    institution: 'Dinas',
    contact: '0812',
    email: 'a@b.go.id',
    operator: { name: 'Operator', position: 'Staf', email: 'o@b.go.id' },
  },
  letter: { number: '1/2026', date: '2026-03-01' },
  purpose: 'Tujuan',
  material: 'Materi',
  event: { date: '2026-03-20', time: '09:00', place: 'Aula', mode: 'luring' },
  attachments: [{ role: 'tor', name: 'tor.pdf', sha256: sha, size: 10 }],
  leadTime: { ok: true, latestSubmission: '2026-03-01' },
  officer: 'Analis',
  disposition: { to: 'Analis', instruction: 'Segera', urgency: 'segera', at, by: 'kepala' },
  analysis: { feasible: true, mode: 'daring', note: 'ok' },
  decision: { outcome: 'approved', schedule: at, contact: 'x', place: 'y', reason: 'z', missing: ['tor'] },
  reply: { letterNumber: 'B-1/2026', seq: 1, year: 2026, date: '2026-03-05', signedBy: 'Kepala' },
  draft: { kind: 'reply', by: 'analis', at, date: '2026-03-05', addressee: ['Yth.'], place: 'Kota' },
  answer: { at, via: 'email', onTime: true, beforeEvent: true, note: 'n', by: 'b', information: true },
  reopenCount: 1,
  activity: 'narasumber',
  requirements: { tor: { met: true, at, by: 'r', reason: 'x', ref: 'y', file: 'z' } },
  requirementsCompleteAt: at,
  imported: { file: 'agenda.csv', row: 2, disposition: 'd', note: 'n' },
  imnkk: {
    requirements: { ethicsRegulation: 'a', sindenAccount: 'b', operatorLetter: 'c', selfAssessment: 'd' },
    clockStart: '2026-03-02',
    unmet: [{ key: 'k', reason: 'r', at, by: 'b' }],
    verifications: [{ date: '2026-03-03', mode: 'luring', team: ['A'], note: 'n', planned: true }],
    plenary: {
      date: '2026-03-04',
      decree: 'SK',
      score: 80,
      maxScore: 100,
      index: 0.8,
      category: 'Baik',
      criteria: [1, 2],
      recommendations: ['r'],
    },
    certificate,
    supersededCertificates: [certificate],
  },
  report: {
    type: 'pengaduan',
    anonymous: false,
    protectIdentity: true,
    about: '2026-0002',
    concerning: 'c',
    examination: { finding: 'f', at, by: 'b' },
    conclusion: { substantiated: 'partly', followUp: 'f', at, by: 'b' },
  },
  mail: {
    source: { key: `mid-${'0'.repeat(32)}`, messageId: '<m@x>', folder: 'INBOX' },
    outbox: [
      {
        id: 'o1',
        kind: 'reply',
        to: ['a@b.go.id'],
        cc: [],
        subject: 's',
        text: 't',
        messageId: '<o@x>',
        documents: [{ name: 'd.pdf', sha256: sha }],
        queuedAt: at,
        queuedBy: 'q',
        attempts: [{ at, by: 'q', ok: false, answer: '550' }],
        sentAt: at,
        cancelled: { at, by: 'q', reason: 'r' },
      },
    ],
  },
  events: [{ at, by: 'resepsionis', login: 'loket_a', action: 'register', changes: { agendaNumber: 1 } }],
});

const profile = defaultConfig().profile;
const fullConfig = {
  ...defaultConfig(),
  profile: {
    ...profile,
    officeHours: { ...profile.officeHours, sat: ['08:00-12:00'] },
    services: {
      ...profile.services,
      pengaduan: { ...profile.services.pengaduan, reportTypes: { saran: { days: 5, counting: 'calendar' } } },
    },
    limits: { attachmentMb: 20 },
    verification: { url: 'https://x' },
    serve: { publicUrl: 'https://y' },
    signing: { p12: 'k.p12', reason: 'r' },
    officers: [{ name: 'A', nip: '1', roles: ['admin'], email: 'a@b.go.id', login: 'loket_a' }],
    mail: {
      smtp: { host: 'h', port: 587, secure: 'starttls', user: 'u', passwordFile: 'p' },
      imap: { host: 'h', port: 993, secure: 'tls', user: 'u', passwordFile: 'p', folder: 'INBOX', doneFolder: 'Done' },
      rules: { pengaduan: ['aduan'] },
      cc: ['c@b.go.id'],
    },
    signatories: { ...profile.signatories, recommendation: { position: 'p', name: 'n', nip: '1' } },
    complaints: { addressee: 'a', channels: { lapor: 'LAPOR!' } },
    personTitle: 'Bapak/Ibu',
  },
  calendar: { closures: [{ date: '2026-03-03', name: 'Cuti', by: 'a', at }], openings: [{ date: '2026-03-07', reason: 'r', by: 'a', at }] },
  events: [{ at, by: 'a', action: 'init', changes: {} }],
};

const documents: { name: string; check: Check; schema: ZodType; value: unknown }[] = [
  { name: 'case', check: caseShape, schema: schemas.caseSchema, value: fullCase },
  {
    name: 'block',
    check: blockShape,
    schema: schemas.blockSchema,
    value: { schemaVersion: 1, year: 2026, block: 0, lastAgenda: 1, cases: [fullCase] },
  },
  {
    name: 'block shell',
    check: blockShellShape,
    schema: schemas.blockShellSchema,
    value: { schemaVersion: 1, year: 2026, block: 0, lastAgenda: 1, cases: [] },
  },
  {
    name: 'meta',
    check: metaShape,
    schema: schemas.metaSchema,
    value: {
      schemaVersion: 1,
      openBlocks: ['2026-000'],
      secret: sha,
      agendaHighWater: { 2026: 1 },
      agendaGaps: { 2025: [[1, 3]] },
      letterHighWater: { 2026: 2 },
      revocations: [{ at, by: 'b', reason: 'r', decision: 'd', code: 'C-1', caseId: '2026-0001' }],
    },
  },
  {
    name: 'letter book',
    check: letterBookShape,
    schema: schemas.letterBookSchema,
    value: {
      schemaVersion: 1,
      year: 2026,
      lastSeq: 1,
      letters: [{ seq: 1, number: 'B-1', caseId: '2026-0001', kind: 'reply', date: '2026-03-05', issuedAt: at, by: 'b' }],
    },
  },
  {
    name: 'issued document',
    check: issuedDocumentShape,
    schema: schemas.issuedDocumentSchema,
    value: {
      sha256: sha,
      caseId: '2026-0001',
      name: 'tanda-terima-2026-0001.pdf',
      at,
      signed: false,
      kind: 'receipt',
      letterNumber: 'B-1',
    },
  },
  { name: 'configuration', check: configShape, schema: schemas.configSchema, value: fullConfig },
];

/** Every place in a value (object keys and array items, the value itself first) as a path. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) found.push(...paths(v, [...at, k]));
  return found;
}

/** A copy of `value` with the place `path` set to `replacement` (undefined: the key removed). */
function changed(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

const REPLACEMENTS = [
  undefined,
  null,
  0,
  -1,
  1.5,
  2026,
  '',
  'x',
  '2026-03-02',
  at,
  'ABCD-EFGH-JKLM-NPQR',
  true,
  false,
  [],
  [1],
  {},
  { x: 1 },
];

describe('plain checks of stored documents', () => {
  for (const d of documents) {
    it(`${d.name}: the full document passes both the plain check and its schema`, () => {
      expect(d.schema.safeParse(d.value).success).toBe(true);
      expect(d.check(d.value)).toBe(true);
    });

    it(`${d.name}: no single change passes the plain check that its schema refuses`, () => {
      let refused = 0;
      for (const path of paths(d.value))
        for (const replacement of REPLACEMENTS) {
          const value = changed(d.value, path, replacement);
          // Only what the plain check accepts needs the schema's verdict: what it refuses goes to the schema anyway.
          if (!d.check(value)) {
            refused++;
            continue;
          }
          const zodAccepts = d.schema.safeParse(value).success;
          expect({ path, replacement, zodAccepts }).toEqual({ path, replacement, zodAccepts: true });
        }
      // The table is not empty: most of these changes break the document.
      expect(refused).toBeGreaterThan(50);
    });
  }

  it.each([
    ['a subject that is empty', { subject: '' }, 'subject: String must contain at least 1 character(s)'],
    [
      'an unknown status',
      { status: 'lost' },
      "status: Invalid enum value. Expected 'registered' | 'disposed' | 'analysed' | 'examined' | 'decided' | 'answered' | 'archived', received 'lost'",
    ],
    ['a day that is not a date', { answerDue: '2 March' }, 'answerDue: YYYY-MM-DD'],
    [
      'no name and not anonymous',
      { applicant: { name: '' } },
      'applicant.name: the applicant has no name, and the report is not anonymous',
    ],
    ['an agenda number of 0', { agendaNumber: 0 }, 'agendaNumber: Number must be greater than 0'],
  ])('%s is refused in the schema’s words', async (_, over, message) => {
    const value = { ...fullCase, ...over };
    expect(caseShape(value)).toBe(false);
    expect(await caseProblem(value)).toBe(message);
  });

  it('a key the plain check does not know is left to the schema, which drops it and accepts the case', async () => {
    const value = { ...fullCase, note: 'added by hand' };
    expect(caseShape(value)).toBe(false);
    expect(await caseProblem(value)).toBeUndefined();
  });

  it('an issued entry is read as its schema reads it; a configuration problem in its words', async () => {
    const entry = documents.find((d) => d.name === 'issued document')!.value;
    expect(await issuedEntry(entry)).toEqual(entry);
    expect(await issuedEntry({ ...(entry as object), extra: 1 })).toEqual(entry);
    expect(await issuedEntry({ ...(entry as object), signed: 'no' })).toBeUndefined();
    expect(await configProblem(fullConfig)).toBeUndefined();
    expect(await configProblem({ ...fullConfig, profile: { ...fullConfig.profile, city: '' } })).toBe(
      'profile.city: String must contain at least 1 character(s)',
    );
  });
});
