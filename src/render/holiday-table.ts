/** The year's non-working days as a terminal table. */
import { requireCjs } from '../cjs.js';

const Table = requireCjs('cli-table3') as typeof import('cli-table3');
import type { NonWorkingDay } from '../domain/calendar.js';
import { DAYS_ID } from '../domain/indonesian.js';
import { weekday } from '../domain/dates.js';
import { t } from '../i18n/index.js';

/** A table of date, day, name and kind; days that may still move are starred and explained below. */
export function renderHolidayTable(days: NonWorkingDay[]): string {
  const table = new Table({ head: [t('col.date'), t('col.day'), t('col.name'), t('col.kind')], style: { head: [], border: [] } });
  for (const d of days) table.push([d.date, DAYS_ID[weekday(d.date)]!, d.provisional ? `${d.name} *` : d.name, t(`kind.${d.kind}`)]);
  return days.some((d) => d.provisional) ? `${table.toString()}\n${t('calendar.provisional')}` : table.toString();
}
