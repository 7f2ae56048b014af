/** Indonesian messages of the use cases and the documents kept per case. */
export const appId = {
  'input.documentUnknown': 'kasus {id} tidak memiliki dokumen "{value}"',
  'store.documentMissing': 'Dokumen {file} tercatat telah diterbitkan tetapi berkasnya tidak ada. Pulihkan dari cadangan atau cetak ulang.',
} as const;
