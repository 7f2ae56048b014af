/** Indonesian messages of the web feature. */
export const webId = {
  'web.register.trackingCode': 'Kode lacak: {code} (untuk mengikuti perkembangan di laman layanan terpadu)',
  'web.col.trackingCode': 'Kode lacak',
  'help.serve': 'Menjalankan laman layanan terpadu: status kasus dengan kode lacak, verifikasi sertifikat dan dokumen',
  'help.serve.host': 'alamat yang didengarkan (bawaan 127.0.0.1; di balik proxy balik kantor)',
  'help.serve.port': 'port yang didengarkan (bawaan 8080; 0 memilih port bebas)',
  'web.serve.listening': 'Laman layanan terpadu berjalan di {url} (alamat publik: {publicUrl}). Hentikan dengan Ctrl+C.',
  'web.serve.noPublicUrl': 'belum diatur (loket config set serve.publicUrl https://...)',
  'web.serve.stopped': 'Laman layanan terpadu dihentikan ({requests} permintaan dilayani).',
  'web.input.port': '"{value}" bukan nomor port (0–65535)',
  'web.input.host': '"{value}" bukan alamat yang dapat didengarkan',
  'web.input.listen': 'tidak dapat mendengarkan {host}:{port}: {reason}',
  'web.input.publicUrl': '"{value}" bukan alamat http(s) tanpa ? atau # (contoh: https://layanan.contoh.go.id)',
} as const;
