import { FileStore } from '../../src/store/file-store.js';
import type { Case } from '../../src/domain/model.js';

/** A store on `home` whose clock is `now` (ms) and whose actor is `user`. */
export function openStore(home: string, now: () => number, user = 'petugas'): FileStore {
  return new FileStore({ home, user, now, lock: { timeoutMs: 5000 } });
}

/** A minimal registered-case builder for store tests. */
export function simpleCase(year: number, agendaNumber: number, over: Partial<Case> = {}): Case {
  return {
    id: `${year}-${String(agendaNumber).padStart(4, '0')}`,
    year,
    agendaNumber,
    service: 'sosialisasi',
    kind: 'letter',
    channel: 'surat',
    receivedAt: `${year}-03-02T09:00:00+07:00`,
    receivedBy: 'resepsionis',
    applicant: { name: `Pemohon ${agendaNumber}` },
    subject: `Permohonan nomor ${agendaNumber}`,
    attachments: [],
    answerDue: `${year}-03-09`,
    status: 'registered',
    events: [],
    ...over,
  };
}
