/** IM-NKK assessments as a terminal table: agency, stage, days left, result. */
import { requireCjs } from '../cjs.js';
import type { Stage } from '../domain/imnkk.js';
import { num, t } from '../i18n/index.js';
import { shorten } from './table-width.js';

interface Row {
  id: string;
  agency: string;
  stage: Stage;
  daysLeft: number | null;
  result: { score: number; maxScore: number; index: number; category: string } | null;
}

/** One line per assessment. */
export function renderImnkkTable(rows: Row[]): string {
  const Table = requireCjs('cli-table3') as typeof import('cli-table3');
  const tbl = new Table({
    head: [t('col.id'), t('col.agency'), t('col.stage'), t('col.daysLeft'), t('col.result')],
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    tbl.push([
      r.id,
      shorten(r.agency, 34),
      t(`stage.${r.stage}`),
      r.daysLeft === null ? '-' : String(r.daysLeft),
      r.result ? `${num(r.result.score)}/${num(r.result.maxScore)} · ${num(r.result.index, 2, true)} · ${r.result.category}` : '-',
    ]);
  }
  return tbl.toString();
}
