/** `loket import agenda FILE`: an office's existing agenda book brought in with its own numbers. */
import { basename } from 'node:path';
import { importAgendaEntries, readAgendaBook } from '../../app/import-agenda.js';
import { fileOption } from '../../app/typed-values.js';
import type { RowProblem } from '../../domain/agenda-book.js';
import { SERVICES } from '../../domain/model.js';
import { InputError, ProblemList } from '../../errors.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { command, group } from '../command-spec.js';
import { output } from '../output.js';

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
  args: [{ name: 'file', syntax: '<file>', help: 'arg.agendaBook' }],
  options: {
    sheet: { flags: '--sheet <name>', help: 'help.import.sheet' },
    year: { flags: '--year <yyyy>', help: 'help.import.year' },
    map: { flags: '--map <heading=field,...>', help: 'help.import.map' },
    service: { flags: '--service <key>', help: 'help.import.service', choices: SERVICES, words: { labels: 'service' } },
    dryRun: { flags: '--dry-run', help: 'help.import.dryRun' },
    skipBad: { flags: '--skip-bad', help: 'help.import.skipBad' },
  },
  examples: [
    'loket import agenda buku-agenda-2024.xlsx --service pengaduan --dry-run',
    'loket import agenda buku-agenda-2024.xlsx --service pengaduan --sheet "Surat Masuk" --year 2024',
    'loket import agenda agenda.csv --map "Isi Ringkas=subject,Dari=applicant" --service sosialisasi --skip-bad',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const path = problems.need(fileOption(problems, 'file', input.file));
    const { readBookRows } = await import('../agenda-file.js');
    const book = {
      file: basename(path),
      rows: await readBookRows(path, input.sheet),
      map: input.map,
      year: input.year,
      service: input.service,
    };
    const { entries, refused } = await readAgendaBook(ctx, book);
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
    const file = basename(path);
    const imported = await importAgendaEntries(ctx, file, entries);
    const ids = imported.map((c) => c.id);
    return output({ imported: ids, refused: refusedJson }, [
      t('import.done', { file, n: ids.length, first: ids[0] ?? '-', last: ids.at(-1) ?? '-', bad: refused.length }),
      ...lines,
    ]);
  },
});

export const importGroup = group({
  name: 'import',
  description: 'help.import',
  examples: ['loket import agenda buku-agenda-2024.xlsx --service pengaduan --dry-run'],
  commands: [importAgendaCommand],
});
