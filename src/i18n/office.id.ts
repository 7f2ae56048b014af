/** Indonesian messages of the office feature. */
export const officeId = {
  'calendar.provisional':
    '* Tanggal Idulfitri dan Iduladha (dan cuti bersamanya) ditetapkan kemudian oleh Menteri Agama; bila bergeser, catat dengan `loket calendar open` dan `loket calendar close`.',
} as const;
