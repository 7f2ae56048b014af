/** `loket import agenda FILE`: an office's existing agenda book brought in with its own numbers. */
import { basename } from 'node:path';
import {
  AGENDA_FIELDS,
  findHeadings,
  readAgendaRow,
  type AgendaEntry,
  type AgendaField,
  type RowProblem,
} from '../../domain/agenda-book.js';
import { SERVICES, type Case, type Service } from '../../domain/model.js';
import { buildCase } from '../../domain/registration.js';
import { zonedToInstant } from '../../domain/timezone.js';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits.js';
import { InputError, ProblemList } from '../../errors.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import type { Context } from '../context.js';
import { fileOption, intOption } from '../input.js';
import { output } from '../output.js';

/** `--map "Isi Ringkas=subject,Dari=applicant"` as heading → field. */
function parseMap(problems: ProblemList, text: string | undefined): Record<string, AgendaField> {
  const map: Record<string, AgendaField> = {};
  for (const pair of (text ?? '').split(',').filter((p) => p.trim())) {
    const [heading = '', field = ''] = pair.split('=').map((s) => s.trim());
    const known = AGENDA_FIELDS.find((f) => f === field);
    if (!heading || !known) problems.add('map', 'input.importMap', { value: pair, fields: AGENDA_FIELDS.join(', ') });
    else map[heading] = known;
  }
  return map;
}

/** The service of an entry: its Layanan column (key or label), else --service. */
function serviceOf(entry: AgendaEntry, fallback: Service | undefined): Service | undefined {
  const text = entry.service?.toLowerCase();
  if (!text) return fallback;
  return SERVICES.find((s) => text === s || text.includes(s));
}

/** The rows turned into entries, and every refused row with its reason. */
async function readBook(ctx: Context, file: string, input: { sheet?: string; map?: string; year?: string; service?: Service }) {
  const problems = new ProblemList();
  const path = problems.need(fileOption(problems, 'file', file));
  const map = parseMap(problems, input.map);
  const year = input.year === undefined ? undefined : problems.need(intOption(problems, 'year', input.year, MIN_YEAR, MAX_YEAR));
  problems.throwIfAny();
  const { readBookRows } = await import('../agenda-file.js');
  const rows = await readBookRows(path, input.sheet);
  const headings = findHeadings(rows, map);
  if (!headings) throw InputError.of('file', 'input.importNoHeadings');
  const entries: (AgendaEntry & { service: Service; year: number })[] = [];
  const refused: RowProblem[] = [];
  const seen = new Set<string>();
  for (let i = headings.row + 1; i < rows.length; i++) {
    const read = readAgendaRow(rows[i] ?? [], i + 1, headings.columns, year);
    if (!read) continue;
    if ('problems' in read) {
      refused.push(...read.problems);
      continue;
    }
    const service = serviceOf(read.entry, input.service);
    const entryYear = Number(read.entry.receivedDate.slice(0, 4));
    const key = `${entryYear}-${read.entry.agendaNumber}`;
    if (!service) refused.push({ row: i + 1, key: 'input.importRequired', value: 'service' });
    else if (seen.has(key)) refused.push({ row: i + 1, key: 'input.importAgendaNumber', value: String(read.entry.agendaNumber) });
    else entries.push({ ...read.entry, service, year: entryYear });
    seen.add(key);
  }
  // Numbers already used in the store are refused here too, so that a dry run shows them.
  const store = ctx.store();
  for (const y of new Set(entries.map((e) => e.year))) {
    const used = await store.agendaNumbers(y);
    for (const e of entries.filter((x) => x.year === y && used.has(x.agendaNumber)))
      refused.push({ row: e.row, key: 'input.importAgendaNumber', value: `${e.agendaNumber}/${y}` });
  }
  const bad = new Set(refused.map((r) => r.row));
  return { path, entries: entries.filter((e) => !bad.has(e.row)), refused: refused.sort((a, b) => a.row - b.row) };
}

const FIELD_NAMES: Record<string, MessageKey> = { applicant: 'col.book.applicant', subject: 'col.book.subject', service: 'col.service' };

/** A refused row's reason in the interface language. */
function reasonOf(r: RowProblem): string {
  const named = FIELD_NAMES[r.value];
  if (r.key === 'input.importRequired' || r.key === 'input.importControl' || r.key === 'input.importLong')
    return t(r.key, { value: named ? t(named) : r.value });
  if (r.key === 'input.importAgendaNumber' && r.value.includes('/'))
    return t('input.agendaClash', { value: r.value.split('/')[0] ?? '', year: r.value.split('/')[1] ?? '' });
  return t(r.key, { value: r.value });
}

/** `loket import agenda FILE`. */
export const importAgendaCommand = command({
  name: 'agenda',
  description: 'help.import.agenda',
  args: [{ name: 'file', syntax: '<file>', help: 'buku-agenda-2024.xlsx' }],
  options: {
    sheet: { flags: '--sheet <name>', help: 'help.import.sheet' },
    year: { flags: '--year <yyyy>', help: 'help.import.year' },
    map: { flags: '--map <heading=field,...>', help: 'help.import.map' },
    service: { flags: '--service <key>', help: 'help.import.service', choices: SERVICES },
    dryRun: { flags: '--dry-run', help: 'help.import.dryRun' },
    skipBad: { flags: '--skip-bad', help: 'help.import.skipBad' },
  },
  examples: [
    'loket import agenda buku-agenda-2024.xlsx --service pengaduan --dry-run',
    'loket import agenda buku-agenda-2024.xlsx --service pengaduan --sheet "Surat Masuk" --year 2024',
    'loket import agenda agenda.csv --map "Isi Ringkas=subject,Dari=applicant" --service sosialisasi --skip-bad',
  ],
  async run(ctx, input) {
    const { path, entries, refused } = await readBook(ctx, input.file, input);
    const refusedJson = refused.map((r) => ({ row: r.row, reason: reasonOf(r) }));
    const lines = refused.map((r) => t('import.refusedRow', { row: r.row, reason: reasonOf(r) }));
    if (input.dryRun) {
      const rows = entries.map((e) => ({
        row: e.row,
        id: `${e.year}-${String(e.agendaNumber).padStart(4, '0')}`,
        receivedDate: e.receivedDate,
        applicant: e.applicant,
        subject: e.subject,
      }));
      return output({ dryRun: true, wouldImport: rows, refused: refusedJson }, [
        t('import.dryRun', { n: entries.length, bad: refused.length }),
        ...lines,
      ]);
    }
    if (refused.length && !input.skipBad)
      throw new InputError(
        refused.map((r) => ({ field: `${basename(path)}:${r.row}`, key: 'input.configValue', params: { value: reasonOf(r) } })),
      );
    if (!entries.length) return output({ imported: [], refused: refusedJson }, [t('import.none'), ...lines]);
    const profile = (await ctx.config()).profile;
    const clock = await ctx.clock();
    const file = basename(path);
    const imported: Case[] = [];
    for (const year of [...new Set(entries.map((e) => e.year))].sort()) {
      const cases = entries
        .filter((e) => e.year === year)
        .map((e) => {
          // The book gives the day, not the hour: the case is received at the start of that day.
          const receivedMs = zonedToInstant(e.receivedDate, 0, profile.timeZone);
          const input = { kind: 'letter' as const, service: e.service, channel: 'surat' as const, receivedBy: ctx.user, receivedMs };
          const c = buildCase(
            {
              ...input,
              applicant: { name: e.applicant },
              letter: { number: e.letterNumber, date: e.letterDate },
              subject: e.subject,
              attachments: [],
            },
            e.agendaNumber,
            profile.services,
            0,
            clock,
          );
          const imported: NonNullable<Case['imported']> = {
            file,
            row: e.row,
            ...(e.disposition ? { disposition: e.disposition } : {}),
            ...(e.note ? { note: e.note } : {}),
          };
          return { ...c, status: 'archived' as const, imported };
        });
      imported.push(...(await ctx.store().importAgenda(year, cases, file)));
    }
    const ids = imported.map((c) => c.id);
    return output({ imported: ids, refused: refusedJson }, [
      t('import.done', { file, n: ids.length, first: ids[0] ?? '-', last: ids.at(-1) ?? '-', bad: refused.length }),
      ...lines,
    ]);
  },
});

export const importCommands = [
  group({
    name: 'import',
    description: 'help.import',
    examples: ['loket import agenda buku-agenda-2024.xlsx --service pengaduan --dry-run'],
    commands: [importAgendaCommand],
  }),
];
