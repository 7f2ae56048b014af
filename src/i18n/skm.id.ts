/** Indonesian messages of the skm feature. */
export const skmId = {
  // reading a questionnaire's answers
  'skm.input.future': 'tanggal {value} belum tiba',
  'skm.input.service': 'layanan tidak dikenal: "{value}"',
  'skm.input.serviceMissing': 'layanan tidak diisi (isi kolom layanan, atau beri --service untuk semua baris)',
  'skm.input.unanswered': 'unsur ini belum dijawab',
  'skm.input.answer': 'jawaban harus 1, 2, 3 atau 4 (atau a, b, c, d): "{value}"',
  'skm.input.noAnswers': 'tidak ada satu unsur pun yang dijawab (kolom u1 … u9 kosong)',
  'skm.input.profile': 'bukan pilihan yang ada: "{value}" (pilihan: {choices})',
  'skm.input.questionnaire': 'kuesioner SKM tidak sah: {value}',
  'skm.input.tokenUnknown': 'tautan survei ini tidak dikenal; periksa kembali alamatnya',
  'skm.input.tokenUsed': 'survei untuk permohonan ini sudah diisi; terima kasih',
  'skm.input.imported': 'berkas {value} sudah dimasukkan pada {at} ({rows} kuesioner); berkas yang sama tidak dihitung dua kali',
} as const;
