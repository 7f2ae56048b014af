/**
 * Reading an office's agenda book (buku agenda surat masuk) as kept in a spreadsheet: the heading row
 * found below any title rows, its columns recognised by their usual Indonesian names (or mapped by
 * hand), and each row turned into the fields of a case, or into the reasons it cannot be one.
 */
import { REPORT_TYPES, SERVICES, type ReportType, type Service } from './model.js';
import { readTypedDate } from './typed-dates.js';

export const AGENDA_FIELDS = [
  'agendaNumber',
  'receivedDate',
  'applicant',
  'letterNumber',
  'letterDate',
  'subject',
  'disposition',
  'note',
  'service',
] as const;
export type AgendaField = (typeof AGENDA_FIELDS)[number];

/** Heading words (lower case, without punctuation and spaces) by the field they name. */
const HEADINGS: Record<AgendaField, string[]> = {
  agendaNumber: ['noagenda', 'nomoragenda', 'noagd', 'noag', 'agenda', 'nourut', 'no'],
  receivedDate: ['tanggalterima', 'tglterima', 'tanggalditerima', 'tglditerima', 'diterimatanggal', 'tanggalmasuk', 'tglmasuk', 'diterima'],
  applicant: ['asalsurat', 'pengirim', 'dari', 'instansipengirim', 'asal', 'pemohon'],
  letterNumber: ['nomorsurat', 'nosurat', 'nomor'],
  letterDate: ['tanggalsurat', 'tglsurat'],
  subject: ['perihal', 'hal', 'perihalhal', 'halperihal', 'isiringkas', 'ringkasan', 'isisurat'],
  disposition: ['disposisi', 'diteruskankepada', 'diteruskan'],
  note: ['keterangan', 'ket', 'catatan'],
  service: ['layanan', 'jenislayanan'],
};

/** A heading as compared: lower case, letters and digits only ("No. Agd" → "noagd"). */
export function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The field a heading names, if it is one of the usual ones. */
export function fieldOfHeading(text: string): AgendaField | undefined {
  const key = headingKey(text);
  return AGENDA_FIELDS.find((f) => HEADINGS[f].includes(key));
}

/**
 * How well a heading names its field: the lower the better (its place in the list of usual names),
 * so that "No. Agenda" wins over a plain row counter "No" in a book that has both.
 */
function headingRank(field: AgendaField, text: string): number {
  return HEADINGS[field].indexOf(headingKey(text));
}

/**
 * The heading row: among the first 20 rows, the first that names the agenda number, the day received
 * and at least one more field (title rows above it, merged or not, are skipped). Of two columns
 * named for one field, the one whose heading names it better is taken. `map` (heading → field)
 * names columns by hand and wins over recognition.
 */
export function findHeadings(
  rows: unknown[][],
  map: Record<string, AgendaField> = {},
): { row: number; columns: Partial<Record<AgendaField, number>> } | undefined {
  const mapped = Object.fromEntries(Object.entries(map).map(([heading, field]) => [headingKey(heading), field]));
  for (const [i, cells] of rows.slice(0, 20).entries()) {
    const columns: Partial<Record<AgendaField, number>> = {};
    const ranks: Partial<Record<AgendaField, number>> = {};
    cells.forEach((cell, c) => {
      if (typeof cell !== 'string' || !cell.trim()) return;
      const byHand = mapped[headingKey(cell)];
      const field = byHand ?? fieldOfHeading(cell);
      if (!field) return;
      const rank = byHand ? -1 : headingRank(field, cell);
      if (columns[field] === undefined || rank < ranks[field]!) {
        columns[field] = c;
        ranks[field] = rank;
      }
    });
    if (columns.agendaNumber !== undefined && columns.receivedDate !== undefined && Object.keys(columns).length >= 3)
      return { row: i, columns };
  }
  return undefined;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell as a date: a spreadsheet date (a Date, whose UTC day is the day shown), an Excel serial
 * number (days since 1899-12-30), or text as offices type it (17/03/2026, 17-3-2026, 17 Maret 2026).
 */
export function cellDate(cell: unknown): string | undefined {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0 && cell < 100_000)
    return new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
  if (typeof cell === 'string') return readTypedDate(cell);
  return undefined;
}

/** A cell as text ('' when empty). */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object' && 'text' in cell && typeof cell.text === 'string') return cell.text.trim();
  if (typeof cell === 'object' && 'result' in cell) return cellText(cell.result);
  return String(cell).trim();
}

/** A cell as an agenda number: a whole number, or the first number of a text such as "0012/AG/2026". */
export function cellAgendaNumber(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : undefined;
  const m = /^\s*0*(\d{1,6})\b/.exec(cellText(cell));
  const n = m ? Number(m[1]) : NaN;
  return n > 0 ? n : undefined;
}

export interface AgendaEntry {
  row: number;
  agendaNumber: number;
  receivedDate: string;
  applicant: string;
  subject: string;
  letterNumber?: string;
  letterDate?: string;
  disposition?: string;
  note?: string;
  service?: string;
}

/** What is wrong with a row, as message keys with the value found. */
export interface RowProblem {
  row: number;
  key:
    | 'input.importAgendaNumber'
    | 'input.importDate'
    | 'input.importRequired'
    | 'input.importYear'
    | 'input.importNoService'
    | 'input.importServiceUnknown';
  value: string;
}

/** One row of the book as an entry, or its problems; a row with nothing in it is skipped (undefined). */
export function readAgendaRow(
  cells: unknown[],
  row: number,
  columns: Partial<Record<AgendaField, number>>,
  year?: number,
): { entry: AgendaEntry } | { problems: RowProblem[] } | undefined {
  const get = (f: AgendaField) => (columns[f] === undefined ? undefined : cells[columns[f]]);
  const text = (f: AgendaField) => cellText(get(f)) || undefined;
  if (AGENDA_FIELDS.every((f) => !text(f))) return undefined;
  const problems: RowProblem[] = [];
  const agendaNumber = cellAgendaNumber(get('agendaNumber'));
  if (agendaNumber === undefined) problems.push({ row, key: 'input.importAgendaNumber', value: text('agendaNumber') ?? '' });
  const receivedDate = cellDate(get('receivedDate'));
  if (!receivedDate) problems.push({ row, key: 'input.importDate', value: text('receivedDate') ?? '' });
  else if (year !== undefined && Number(receivedDate.slice(0, 4)) !== year)
    problems.push({ row, key: 'input.importYear', value: receivedDate });
  const letterDateCell = get('letterDate');
  const letterDate = text('letterDate') ? cellDate(letterDateCell) : undefined;
  if (text('letterDate') && !letterDate) problems.push({ row, key: 'input.importDate', value: text('letterDate') ?? '' });
  const applicant = text('applicant');
  const subject = text('subject');
  if (!applicant) problems.push({ row, key: 'input.importRequired', value: 'applicant' });
  if (!subject) problems.push({ row, key: 'input.importRequired', value: 'subject' });
  if (problems.length || agendaNumber === undefined || !receivedDate || !applicant || !subject) return { problems };
  return {
    entry: {
      row,
      agendaNumber,
      receivedDate,
      applicant,
      subject,
      letterNumber: text('letterNumber'),
      letterDate,
      disposition: text('disposition'),
      note: text('note'),
      service: text('service'),
    },
  };
}

/** The service (and, for a report, its type) a Layanan cell names: a service's key or name, or a report type. */
export function serviceOfCell(text: string | undefined): { service: Service; reportType?: ReportType } | undefined {
  const key = headingKey(text ?? '');
  if (!key) return undefined;
  const service = SERVICES.find((s) => key.includes(s));
  // "Saran", "Masukan", "Apresiasi" are reports to the pengaduan service, each with its own period.
  const reportType = REPORT_TYPES.find((r) => key.includes(r));
  if (service === 'pengaduan' || (!service && reportType)) return { service: 'pengaduan', reportType: reportType ?? 'pengaduan' };
  return service ? { service } : undefined;
}
