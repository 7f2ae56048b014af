/** Bringing an office's existing agenda book in, with its own numbers: every row checked, all or nothing unless told. */
import { authorize } from './authorize.js';
import { randomBytes } from 'node:crypto';
import { TRACKING_BYTES, trackingCode } from '../domain/tracking-code.js';
import {
  AGENDA_FIELDS,
  findHeadings,
  readAgendaRow,
  serviceOfCell,
  type AgendaEntry,
  type AgendaField,
  type RowProblem,
} from '../domain/agenda-book.js';
import { MAX_YEAR, MIN_YEAR } from '../domain/limits.js';
import type { Case, ReportType, Service } from '../domain/model.js';
import { buildCase } from '../domain/registration.js';
import { zonedToInstant } from '../domain/timezone.js';
import { InputError, ProblemList } from '../errors.js';
import type { Session } from './session.js';
import { intOption } from './typed-values.js';

export interface AgendaBook {
  /** The file's name, recorded on every case it brings. */
  file: string;
  /** Its rows as read (rows[i] is spreadsheet row i + 1). */
  rows: unknown[][];
  /** `"Isi Ringkas=subject,Dari=applicant"`: headings the office uses, mapped to loket's fields. */
  map?: string;
  year?: string;
  service?: Service;
}

export type AgendaEntryOfYear = AgendaEntry & { service: Service; reportType?: ReportType; year: number };

/** `--map "Isi Ringkas=subject,Dari=applicant"` as heading → field. */
function parseMap(problems: ProblemList, text: string | undefined): Record<string, AgendaField> {
  const map: Record<string, AgendaField> = {};
  for (const pair of (text ?? '').split(',').filter((p) => p.trim())) {
    const [heading = '', field = ''] = pair.split('=').map((x) => x.trim());
    const known = AGENDA_FIELDS.find((f) => f === field);
    if (!heading || !known) problems.add('map', 'input.importMap', { value: pair, fields: AGENDA_FIELDS.join(', ') });
    else map[heading] = known;
  }
  return map;
}

/** The service of an entry: its Layanan column (a service, or a report type), else the one given for the whole book. */
function serviceOf(entry: AgendaEntry, fallback: Service | undefined): { service: Service; reportType?: ReportType } | undefined {
  if (!entry.service) return fallback && { service: fallback, ...(fallback === 'pengaduan' ? { reportType: 'pengaduan' as const } : {}) };
  return serviceOfCell(entry.service);
}

/** Who received an imported case: the agenda book, not the officer who brought it in (the import event names them). */
export const IMPORT_RECEIVER = 'impor';

/** The rows turned into entries, and every refused row with its reason (numbers the store already uses included). */
export async function readAgendaBook(s: Session, book: AgendaBook): Promise<{ entries: AgendaEntryOfYear[]; refused: RowProblem[] }> {
  const problems = new ProblemList();
  const map = parseMap(problems, book.map);
  const year = book.year === undefined ? undefined : problems.need(intOption(problems, 'year', book.year, MIN_YEAR, MAX_YEAR));
  problems.throwIfAny();
  const headings = findHeadings(book.rows, map);
  if (!headings) throw InputError.of('file', 'input.importNoHeadings');
  const entries: AgendaEntryOfYear[] = [];
  const refused: RowProblem[] = [];
  const seen = new Set<string>();
  for (let i = headings.row + 1; i < book.rows.length; i++) {
    const read = readAgendaRow(book.rows[i] ?? [], i + 1, headings.columns, year);
    if (!read) continue;
    if ('problems' in read) {
      refused.push(...read.problems);
      continue;
    }
    const service = serviceOf(read.entry, book.service);
    const entryYear = Number(read.entry.receivedDate.slice(0, 4));
    const key = `${entryYear}-${read.entry.agendaNumber}`;
    // A row without a service says how to give one: for the whole book, or from another column.
    if (!service)
      refused.push({
        row: i + 1,
        key: read.entry.service ? 'input.importServiceUnknown' : 'input.importNoService',
        value: read.entry.service ?? '',
      });
    else if (seen.has(key)) refused.push({ row: i + 1, key: 'input.importAgendaNumber', value: String(read.entry.agendaNumber) });
    else entries.push({ ...read.entry, ...service, year: entryYear });
    seen.add(key);
  }
  // Numbers already used in the store are refused here too, so that a dry run shows them.
  for (const y of new Set(entries.map((e) => e.year))) {
    const used = await s.store().agendaNumbers(y);
    for (const e of entries.filter((x) => x.year === y && used.has(x.agendaNumber)))
      refused.push({ row: e.row, key: 'input.importAgendaNumber', value: `${e.agendaNumber}/${y}` });
  }
  const bad = new Set(refused.map((r) => r.row));
  return { entries: entries.filter((e) => !bad.has(e.row)), refused: refused.sort((a, b) => a.row - b.row) };
}

/** The entries stored as archived cases of their years, under their own agenda numbers. */
export async function importAgendaEntries(s: Session, file: string, entries: AgendaEntryOfYear[]): Promise<Case[]> {
  await authorize(s, 'importAgenda');
  const profile = await s.profile();
  const clock = await s.clock();
  const imported: Case[] = [];
  for (const year of [...new Set(entries.map((e) => e.year))].sort()) {
    const cases = entries
      .filter((e) => e.year === year)
      .map((e) => {
        // The book gives the day, not the hour: the case is received at the start of that day, and shown by its date.
        const receivedMs = zonedToInstant(e.receivedDate, 0, profile.timeZone);
        const input = { kind: 'letter' as const, service: e.service, channel: 'surat' as const, receivedBy: IMPORT_RECEIVER, receivedMs };
        const c = buildCase(
          {
            ...input,
            applicant: { name: e.applicant },
            letter: { number: e.letterNumber, date: e.letterDate },
            subject: e.subject,
            attachments: [],
            // A report's due is its type's period, as for a report registered today.
            ...(e.reportType ? { report: { type: e.reportType } } : {}),
          },
          e.agendaNumber,
          profile.services,
          0,
          clock,
          trackingCode(randomBytes(TRACKING_BYTES)),
        );
        const imported: NonNullable<Case['imported']> = {
          file,
          row: e.row,
          ...(e.disposition ? { disposition: e.disposition } : {}),
          ...(e.note ? { note: e.note } : {}),
        };
        return { ...c, status: 'archived' as const, imported };
      });
    imported.push(...(await s.store().importAgenda(year, cases, file)));
  }
  return imported;
}
