/** Indonesian messages of the roles: who may do what. */
export const rolesId = {
  'error.notAllowed': 'Tidak berwenang (tidak ada yang disimpan):',
  'roles.notOfficer':
    '"{actor}" bukan petugas yang terdaftar di kantor ini: {step} hanya boleh dilakukan oleh petugas berperan {roles}. Lihat `loket officer list`.',
  'roles.role': '{actor} tidak berwenang untuk {step}: langkah ini hanya untuk peran {roles} (peran {actor}: {has}).',
  'roles.ownerOnly':
    'kantor ini belum menunjuk petugas berperan admin, jadi {step} hanya boleh dilakukan oleh pemilik data ({location}). Pemilik menunjuk admin pertama dengan `loket officer add NAMA --role admin`.',
  'roles.notSelf':
    'pada basis data bersama, petugas yang bertindak adalah pemilik login ({login}: {officer}); --as "{actor}" tidak dapat dipakai untuk bertindak atas nama orang lain.',
  'roles.ownerLogin':
    'login {login} adalah login pemilik basis data: sejak petugas masuk dengan login masing-masing, login ini hanya untuk administrasi, bukan untuk {step}.',
  'roles.unknownLogin':
    'login {login} bukan login petugas mana pun di kantor ini; tambahkan dengan `loket officer add NAMA --login {login}`.',
  'role.penerima': 'penerima',
  'role.disposisi': 'disposisi',
  'role.analis': 'analis',
  'role.penandatangan': 'penandatangan',
  'role.wbs': 'wbs',
  'role.admin': 'admin',
  'roleStep.register': 'pencatatan surat atau kunjungan',
  'roleStep.receipt': 'pencetakan tanda terima',
  'roleStep.requirements': 'pencatatan persyaratan',
  'roleStep.slip': 'pencetakan informasi jawaban',
  'roleStep.dispose': 'disposisi',
  'roleStep.dispositionSheet': 'pencetakan lembar disposisi',
  'roleStep.analyse': 'analisis',
  'roleStep.examine': 'pemeriksaan laporan',
  'roleStep.decide': 'keputusan',
  'roleStep.prepareLetter': 'penyiapan konsep surat',
  'roleStep.signLetter': 'penandatanganan dan penomoran surat',
  'roleStep.send': 'pengiriman jawaban',
  'roleStep.reopen': 'pembukaan kembali kasus',
  'roleStep.revealIdentity': 'membuka identitas pelapor yang dilindungi',
  'roleStep.imnkkRequirements': 'pencatatan persyaratan IM-NKK',
  'roleStep.imnkkVisit': 'verifikasi dan klarifikasi IM-NKK',
  'roleStep.imnkkPlenary': 'pencatatan rapat pleno IM-NKK',
  'roleStep.revokeCertificate': 'pencabutan sertifikat',
  'roleStep.fetchMail': 'pengambilan surat dari kotak surat',
  'roleStep.importSurvey': 'impor kuesioner SKM',
  'roleStep.init': 'penyiapan profil kantor',
  'roleStep.config': 'perubahan pengaturan',
  'roleStep.officers': 'pengelolaan petugas',
  'roleStep.calendar': 'perubahan kalender kantor',
  'roleStep.database': 'pengelolaan basis data',
  'roleStep.backup': 'pencadangan',
  'roleStep.restore': 'pemulihan cadangan',
  'roleStep.importAgenda': 'impor buku agenda',
  'input.alreadySigned': 'surat kasus {id} sudah ditandatangani dengan nomor {number}; cetak ulang dengan `loket reply {id}`',
  'input.noDraft': 'kasus {id} belum punya konsep surat untuk ditandatangani: petugas analis menyiapkannya dulu dengan `loket reply {id}`',
  'help.reply.draft': 'siapkan konsep saja (bertanda KONSEP, tanpa nomor), juga bagi yang boleh menandatangani',
  'help.reply.sign': 'beri nomor dan tandatangani konsep yang sudah disiapkan (peran penandatangan)',
  'workflow.drafted':
    'Konsep surat kasus {id} disiapkan (bertanda KONSEP, belum bernomor): {file}. Menunggu tanda tangan: `loket sign {id}`.',
  'imnkk.drafted':
    'Konsep sertifikat dan surat rekomendasi kasus {id} disiapkan (bertanda KONSEP, tanpa kode dan nomor): {certificate}, {recommendation}. Menunggu tanda tangan: `loket sign {id}`.',
  // The history of a prepared letter: the draft event is titled by what was prepared.
  'action.letter.draft': 'konsep surat disiapkan',
  'action.letter.draft.reply': 'konsep surat jawaban disiapkan',
  'action.letter.draft.certificate': 'konsep sertifikat dan surat rekomendasi IM-NKK disiapkan',
  'draftKind.reply': 'surat jawaban',
  'draftKind.certificate': 'sertifikat dan surat rekomendasi IM-NKK',
  'field.draft': 'konsep',
  'field.signedBy': 'ditandatangani oleh',
  'field.addressee': 'tujuan surat',
  'field.information': 'dijawab dengan informasi saja',
  'help.sign': 'beri nomor dan tandatangani konsep surat atau sertifikat yang menunggu (peran penandatangan)',
  'sign.nothing': 'kasus {id} tidak punya konsep yang menunggu tanda tangan',
  'roles.ownerAsOfficer':
    'login {login} adalah login pemilik basis data: ia tidak dapat bertindak sebagai {actor}, yang masuk dengan login sendiri ({officerLogin})',
  'roles.loginName':
    'login "{value}" tidak dapat dipakai: huruf kecil, angka dan _ saja, tidak diawali angka atau pg_, paling panjang 63 karakter',
  'roles.loginShared': 'login {value} sudah dipakai oleh {officer}: setiap petugas punya login sendiri',
  'roles.loginOnFiles':
    'login {value} hanya ada pada basis data bersama (LOKET_DATABASE_URL); di berkas data, petugas yang bertindak adalah yang disebut dengan --as',
  'roles.loginNeedsOwner':
    'login {login} hanya dapat dibuat melalui login pemilik basis data (yang membuat tabel dengan `loket db migrate`), bukan melalui {actor}',
  'roles.loginTaken': 'di server basis data sudah ada peran bernama {value} yang tidak dibuat oleh loket; pilih nama login lain',
  'roles.passwordShort': 'kata sandi login {login} terlalu pendek: paling sedikit 8 karakter',
  'roles.passwordNeeded':
    'kata sandi login {login} diperlukan: isi LOKET_NEW_PASSWORD, atau jalankan di terminal tanpa --yes agar ditanyakan (kata sandi tidak pernah ditampilkan atau disimpan)',
  'roles.sealedDocument':
    'dokumen {name} kasus {id} memuat identitas pelapor yang dilindungi: hanya petugas berperan wbs yang dapat membukanya',
  'roles.backupSealed':
    'cadangan harus memuat identitas pelapor yang dilindungi, yang tidak dapat dibaca oleh login {login}: buat cadangan melalui login pemilik basis data',
  'roles.checkSealed':
    'pemeriksaan membaca setiap lampiran, juga milik pelapor yang dilindungi, yang tidak dapat dibaca oleh login {login}: jalankan `loket check` melalui login pemilik basis data',
  'roles.sealedAttachment': 'lampiran {value} diberikan oleh pelapor yang dilindungi: hanya petugas berperan wbs yang dapat membukanya',
  'ask.newPassword': 'Kata sandi baru untuk login {login} (tidak ditampilkan)',
  'help.officer.login':
    'login basis data sendiri bagi petugas ini (dibuat melalui login pemilik; kata sandi dari LOKET_NEW_PASSWORD atau ditanyakan)',
  'officer.addedLogin': 'Petugas {name} ditambahkan dengan peran {roles}; login basis data: {login}.',
  'officer.login': 'login {login}',
  'help.db.serveLogin': 'buat login server halaman publik (`loket serve`), yang hanya dapat membaca yang ditampilkan halaman',
  'arg.login': 'nama login basis data',
  'db.serveLogin':
    'Login {login} untuk `loket serve` siap di {database}: hanya dapat membaca yang ditampilkan halaman publik dan mencatat jawaban survei. Jalankan server dengan LOKET_DATABASE_URL yang memuat login ini.',
  'history.login': 'login {login}',
} as const;
