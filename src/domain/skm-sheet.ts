/**
 * A paper survey typed into a spreadsheet: the heading row found below any title rows, its columns
 * recognised by their codes (tanggal, layanan, u1 … u9, jenis_kelamin, pendidikan, pekerjaan, saran)
 * or by the elements' names, and each row handed over as the fields of one questionnaire.
 */
import { headingKey } from './agenda-book.js';
import { ANSWER_COLUMNS, REGULATION_NAMES, SKM_ELEMENTS } from './skm.js';
import { SURVEY_FIELDS, type SurveyField, type SurveyRaw } from './skm-answers.js';

const OTHER_NAMES: Partial<Record<SurveyField, string[]>> = {
  tanggal: ['tgl', 'tanggalpengisian', 'tanggalsurvei', 'tglpengisian', 'date'],
  layanan: ['jenislayanan', 'layananyangditerima', 'service'],
  jenis_kelamin: ['jeniskelamin', 'jk', 'kelamin', 'lp'],
  pendidikan: ['pendidikanterakhir'],
  pekerjaan: ['pekerjaanutama'],
  saran: ['saranmasukan', 'saran', 'saranperbaikan', 'masukan'],
};

/** The headings that name each column, compared as lower-case letters and digits; `names` are the elements' names in the questionnaire in use. */
export function headingNames(names: readonly string[]): Record<SurveyField, string[]> {
  const out = Object.fromEntries(SURVEY_FIELDS.map((f) => [f, [headingKey(f), ...(OTHER_NAMES[f] ?? [])]])) as Record<
    SurveyField,
    string[]
  >;
  SKM_ELEMENTS.forEach((element, i) => {
    const column = ANSWER_COLUMNS[i]!;
    const words = [names[i] ?? '', REGULATION_NAMES[element], element].map(headingKey).filter(Boolean);
    // "U1", "Unsur 1", "Persyaratan", "U1 Persyaratan", "U1. Persyaratan", "Biaya".
    out[column].push(`unsur${i + 1}`, ...words, ...words.map((w) => `${column}${w}`));
  });
  return out;
}

export interface SurveyHeadings {
  /** The index of the heading row (row + 1 is its number in the spreadsheet). */
  row: number;
  columns: Partial<Record<SurveyField, number>>;
  /** Each column's heading as written in the file. */
  written: Partial<Record<SurveyField, string>>;
}

/**
 * The heading row: among the first 20 rows, the one that names the most of the columns (title rows
 * above it are skipped), with the columns each heading names.
 */
export function findSurveyHeadings(rows: unknown[][], names: Record<SurveyField, string[]>): SurveyHeadings | undefined {
  let best: SurveyHeadings | undefined;
  for (const [i, cells] of rows.slice(0, 20).entries()) {
    const found: SurveyHeadings = { row: i, columns: {}, written: {} };
    cells.forEach((cell, c) => {
      if (typeof cell !== 'string' || !cell.trim()) return;
      const key = headingKey(cell);
      const field = SURVEY_FIELDS.find((f) => names[f].includes(key));
      if (field && found.columns[field] === undefined) {
        found.columns[field] = c;
        found.written[field] = cell.trim();
      }
    });
    if (Object.keys(found.columns).length > Object.keys(best?.columns ?? {}).length) best = found;
  }
  return best;
}

/** The columns a file must have: the date and the nine answers, and the service unless one is given for every row. */
export function missingColumns(headings: SurveyHeadings | undefined, serviceGiven: boolean): SurveyField[] {
  const needed: SurveyField[] = ['tanggal', ...(serviceGiven ? [] : ['layanan' as const]), ...ANSWER_COLUMNS];
  return needed.filter((f) => headings?.columns[f] === undefined);
}

/** One row's cells as the fields of a questionnaire; undefined for a row with nothing in it. */
export function rowFields(cells: unknown[], columns: Partial<Record<SurveyField, number>>): SurveyRaw | undefined {
  const raw: SurveyRaw = {};
  let any = false;
  for (const field of SURVEY_FIELDS) {
    const at = columns[field];
    if (at === undefined) continue;
    const cell = cells[at];
    raw[field] = cell;
    if (cell !== null && cell !== undefined && String(cell).trim() !== '') any = true;
  }
  return any ? raw : undefined;
}
