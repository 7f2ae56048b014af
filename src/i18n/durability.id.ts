/** Indonesian messages of the durability feature. */
export const durabilityId = {
  'store.backupAltered':
    'Cadangan {file} telah diubah atau rusak ({problem}): isinya tidak sama dengan yang ditulis `loket backup`. Tidak ada yang dipulihkan; pakai salinan cadangan lain.',
  'input.backupPassphrase': 'frasa sandi cadangan {value} salah',
  'input.backupPassphraseMissing':
    'cadangan {value} dienkripsi: berikan frasa sandinya dengan LOKET_BACKUP_PASSPHRASE atau --passphrase-file (di terminal, loket menanyakannya)',
  'input.passphraseEmpty': 'frasa sandi kosong',
  'help.backup.passphraseFile': 'berkas berisi frasa sandi untuk mengenkripsi cadangan (atau LOKET_BACKUP_PASSPHRASE)',
  'help.restore.passphraseFile':
    'berkas berisi frasa sandi cadangan yang dienkripsi (atau LOKET_BACKUP_PASSPHRASE; di terminal ditanyakan)',
  'ask.backupPassphrase': 'Frasa sandi cadangan',
  'warn.backupClear':
    'Peringatan: cadangan {file} tidak dienkripsi. Isinya data pribadi (termasuk pelapor yang identitasnya dilindungi) dan kunci kode sertifikat: siapa pun yang memegang berkas itu dapat membacanya. Simpan di tempat terkunci, atau buat cadangan dengan frasa sandi (LOKET_BACKUP_PASSPHRASE atau --passphrase-file).',
  'input.fileChanged': 'berkas {value} berubah selagi dibaca; coba lagi',
  'input.databaseScheme':
    'bukan alamat PostgreSQL: "{value}"; tulis postgres://PENGGUNA@SERVER:PORT/BASISDATA (kata sandi di ~/.pgpass atau PGPASSFILE)',
  'input.databaseUrl': 'alamat basis data tidak dapat dibaca (server, port 1–65535, tanda kurung): "{value}"',
  'input.databaseParam': 'alamat basis data "{value}" memuat parameter yang tidak dikenal: {key}',
  'store.dbLockTimeout':
    'Basis data {location}: sudah ditunggu {seconds} detik, tetapi data yang dibutuhkan (mis. penghitung nomor agenda atau kasus ini) masih dipegang workstation lain yang belum selesai, mungkin macet atau tertidur. Tidak ada yang ditulis; coba lagi, dan periksa workstation itu (LOKET_LOCK_TIMEOUT_MS mengatur lama menunggu).',
  'store.dbStatementTimeout':
    'Basis data {location}: satu perintah ke server berjalan lebih dari {seconds} detik dan dihentikan. Tidak ada yang ditulis; coba lagi (LOKET_LOCK_TIMEOUT_MS mengatur batasnya).',
  'store.dbRefused':
    'Basis data {location} menolak perubahan: {message}. Tidak ada yang ditulis; periksa hak akses pengguna basis data, apakah server hanya-baca, atau isinya.',
  'warn.passwordOnCommandLine':
    'Peringatan: kata sandi basis data ditulis di baris perintah (--database), sehingga pengguna lain komputer ini dapat melihatnya di daftar proses. Simpan alamatnya di LOKET_DATABASE_URL dan kata sandinya di ~/.pgpass (atau PGPASSFILE, `chmod 600`).',
  'input.notNfc': 'tidak dalam bentuk Unicode NFC: "{value}"',
  'input.receivedFuture': 'waktu terima {value} lebih dari 5 menit setelah sekarang ({now}); periksa tanggalnya atau jam komputer',
  'input.actor': 'nama yang bertindak (--as, LOKET_USER, atau meja) tidak sah: "{value}"',
  'check.textControl': '{file}: kasus {id}, {field} berisi karakter kendali: "{value}"',
  'check.textLong': '{file}: kasus {id}, {field} terlalu panjang: {length} karakter (paling banyak {max})',
  'check.textNfc': '{file}: kasus {id}, {field} tidak dalam bentuk Unicode NFC',
  'input.importControl': '{value} berisi karakter kendali (hanya baris baru yang boleh)',
  'input.importLong': '{value} terlalu panjang (paling banyak 2.000 karakter untuk perihal, 500 untuk nama, 10.000 untuk yang lain)',
  'input.outNotFile':
    'tujuan bukan berkas biasa (perangkat, FIFO, soket, atau folder) dan dibiarkan apa adanya; sebutkan berkas baru atau berkas biasa: "{value}"',
  'store.letterBookMissing':
    '{file} hilang padahal nomor surat tahun itu sudah diberikan: tidak ada nomor yang diberikan lagi sampai buku itu kembali. Pulihkan dari cadangan.',
  'input.templateSize': 'templat kantor lebih besar dari {max} KB; templat berisi kata-kata surat, bukan dokumen',
} as const;
