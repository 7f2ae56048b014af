/** Indonesian messages of the office feature. */
export const officeId = {
  'calendar.provisional':
    '* Tanggal Idulfitri dan Iduladha (dan cuti bersamanya) ditetapkan kemudian oleh Menteri Agama; bila bergeser, catat dengan `loket calendar open` dan `loket calendar close`.',
  'warn.logoMissing':
    'Perhatian: logo kop surat ({value}) tidak ditemukan; dokumen dicetak tanpa logo. Pasang lagi dengan `loket config set logo BERKAS`.',
  'warn.profileLeftover': 'Perhatian: {key} masih menyebut instansi bawaan: "{value}". Ubah dengan `loket config set {key} ...`.',
  'init.ask.complaintAddressee': 'Pengaduan tertulis ditujukan kepada (jabatan)',
  'init.ask.complaintPhone': 'Telepon pengaduan (hotline)',
  'init.ask.complaintEmail': 'E-mail pengaduan',
  'init.ask.complaintWeb': 'Laman pengaduan daring (Lapor), kosongkan bila tidak ada',
  'init.ask.complaintWbs': 'Laman Whistle Blowing System, kosongkan bila tidak ada',
  'init.ask.copies': 'Tembusan surat keluar, dipisahkan titik koma (;)',
  'init.ask.verificationUrl': 'Alamat pemeriksaan sertifikat (QR), dengan {code}',
  'init.ask.publicUrl': 'Alamat halaman publik loket serve (boleh kosong)',
} as const;
