/** Indonesian messages of the use cases and the documents kept per case. */
export const appId = {
  'input.documentUnknown': 'kasus {id} tidak memiliki dokumen "{value}"',
  'store.documentMissing': 'Dokumen {file} tercatat telah diterbitkan tetapi berkasnya tidak ada. Pulihkan dari cadangan atau cetak ulang.',
  'help.documents': 'daftar semua dokumen yang diterbitkan untuk kasus, atau simpan semuanya ke folder',
  'help.documents.out': 'folder tujuan: setiap dokumen ditulis dengan nomor suratnya di nama berkas',
  'documents.none': 'Belum ada dokumen yang diterbitkan untuk kasus {id}.',
  'documents.written': '{n} dokumen ditulis ke {dir}:',
  'documentKind.receipt': 'Tanda terima',
  'documentKind.requirements-receipt': 'Tanda terima kelengkapan',
  'documentKind.disposition': 'Lembar disposisi',
  'documentKind.reply': 'Surat jawaban',
  'documentKind.report-letter': 'Surat tanggapan',
  'documentKind.slip': 'Informasi jawaban',
  'documentKind.certificate': 'Sertifikat IM-NKK',
  'documentKind.recommendation': 'Surat rekomendasi',
  'documentKind.document': 'Dokumen',
} as const;
