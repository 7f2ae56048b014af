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
} as const;
