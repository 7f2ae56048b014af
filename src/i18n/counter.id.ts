/** Indonesian messages of the counter feature. */
export const counterId = {
  'input.attachmentUnknown': 'tidak ada lampiran "{value}"; sebutkan nama berkas atau nomornya: {names}',
  'input.attachmentTwoRoles': 'lampiran {value} tidak dapat sekaligus menjadi KAK/TOR dan kartu identitas',
  'help.register.torAttachment': 'lampiran (nama berkas atau nomor urut, mis. dari --from-eml) yang merupakan KAK/TOR',
  'help.register.idAttachment': 'lampiran (nama berkas atau nomor urut) yang merupakan kartu identitas',
  'warn.officeClosedDays':
    'Perhatian: kantor tutup saat {at}; permohonan tetap tercatat diterima pada tanggal itu, dan jangka waktunya dihitung sejak tanggal diterima (batas waktu {due}).',
  'warn.officeClosedWaiting':
    'Perhatian: kantor tutup saat {at}; permohonan tetap tercatat diterima pada waktu itu. Jangka waktunya dihitung sejak seluruh persyaratan lengkap.',
  'due.lateOnlyMinutes': 'terlambat {m} menit',
  'due.lateOnlyHours': 'terlambat {h} jam',
} as const;
