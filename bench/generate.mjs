// Builds benchmark stores through the store's own API (FileStore.importCases): closed cases spread
// over past years, open cases in the current year, some of them decided and ready for a reply.
import { createHash } from 'node:crypto';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FileStore } from '../dist/src/store/file-store.js';
import { issuedEntryFor, keptName } from '../dist/src/store/kept-documents.js';

const YEAR = 2026;
const SERVICES = ['sosialisasi', 'pengaduan', 'sosialisasi', 'imnkk'];
const pad = (n) => String(n).padStart(2, '0');

function instant(year, dayOfYear, minutes) {
  const d = new Date(Date.UTC(year, 0, 1 + (dayOfYear % 360), 2 + Math.floor(minutes / 60), minutes % 60));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours() + 7)}:${pad(d.getUTCMinutes())}:00+07:00`;
}

function baseCase(year, agenda, i, open) {
  // This year's cases were received before the bench's "now" (27 November): their import comes after them.
  const receivedAt = instant(year, year === YEAR ? i % 320 : i % 360, (i * 7) % 420);
  const service = SERVICES[i % SERVICES.length];
  const due = receivedAt.slice(0, 10);
  const events = [{ at: receivedAt, by: 'resepsionis', action: 'register', changes: { agendaNumber: agenda, service } }];
  return {
    id: `${year}-${String(agenda).padStart(4, '0')}`,
    year,
    agendaNumber: agenda,
    service: service === 'imnkk' ? 'pengaduan' : service,
    kind: 'letter',
    channel: i % 3 ? 'surat' : 'email',
    receivedAt,
    receivedBy: 'resepsionis',
    applicant: {
      name: `Dinas Kominfo Kabupaten Contoh ${i % 500}`,
      type: 'instansi',
      contact: '0812-0000-0000',
      email: `humas${i % 500}@contoh.go.id`,
    },
    letter: { number: `${100 + (i % 900)}/${i}/KOMINFO/${year}`, date: due },
    subject: `Permohonan narasumber sosialisasi netralitas ASN nomor ${i}`,
    purpose: 'Sosialisasi netralitas ASN menjelang pemilihan',
    material: 'Netralitas ASN',
    event: { date: due, place: 'Aula Kantor Bupati' },
    attachments: [],
    answerDue: due,
    status: open ? 'registered' : 'answered',
    events,
  };
}

function closedCase(year, agenda, i) {
  const c = baseCase(year, agenda, i, false);
  const at = c.receivedAt;
  c.status = 'answered';
  c.officer = 'Budi Santoso';
  c.disposition = { to: 'Budi Santoso', urgency: 'biasa', at, by: 'Kepala Pokja' };
  c.analysis = { feasible: true, mode: 'luring' };
  c.decision = { outcome: 'approved', schedule: at, contact: 'Budi Santoso, 0812-1111-2222', place: 'Aula Kantor Bupati' };
  c.reply = { letterNumber: `B-${i}/JP.01/01/${year}`, seq: agenda, year, date: at.slice(0, 10) };
  c.answer = { at, via: 'email', onTime: true };
  for (const action of ['dispose', 'analyse', 'decide', 'letter:reply', 'send'])
    c.events.push({ at, by: 'Budi Santoso', action, changes: { status: action } });
  return c;
}

function openCase(year, agenda, i, decided) {
  const c = baseCase(year, agenda, i, true);
  if (decided) {
    const at = c.receivedAt;
    Object.assign(c, {
      status: 'decided',
      officer: 'Budi Santoso',
      disposition: { to: 'Budi Santoso', urgency: 'segera', at, by: 'Kepala Pokja' },
      analysis: { feasible: true, mode: 'luring' },
      decision: { outcome: 'approved', schedule: at, contact: 'Budi Santoso, 0812-1111-2222', place: 'Aula Kantor Bupati' },
    });
  }
  return c;
}

/**
 * The register of issued documents as years of work leave it: a receipt and a reply letter for each
 * closed case (the lines only; the bench never opens these files).
 */
function writeIssued(home, closed) {
  const lines = [];
  for (const c of closed) {
    for (const doc of [
      { caseId: c.id, kind: 'receipt', baseName: `tanda-terima-${c.id}`, at: c.receivedAt, signed: false },
      {
        caseId: c.id,
        kind: 'reply',
        baseName: `surat-jawaban-${c.id}`,
        letterNumber: c.reply.letterNumber,
        at: c.receivedAt,
        signed: true,
      },
    ]) {
      const sha256 = createHash('sha256').update(`${c.id} ${doc.kind}`).digest('hex');
      // Named and written as the store itself names and writes a kept document's register line.
      lines.push(JSON.stringify(issuedEntryFor(doc, sha256, keptName(doc, sha256, []).name)));
    }
  }
  appendFileSync(join(home, 'store', 'issued.jsonl'), `${lines.join('\n')}\n`, { mode: 0o600 });
}

/**
 * Creates a store at `home` with `past` closed cases over ten years before 2026 and `open` open cases
 * in 2026; with `issued`, the register of issued documents holds two for each closed case.
 */
export async function generateStore(home, { past, open, decided = 100, issued = false }) {
  rmSync(home, { recursive: true, force: true });
  const store = new FileStore({
    home,
    user: 'bench',
    now: () => Date.parse('2026-11-27T01:00:00Z'),
    lock: { timeoutMs: 60_000, staleMs: 10_000 },
  });
  const perYear = Math.ceil(past / 10);
  let i = 0;
  for (let y = YEAR - 10; y < YEAR && past > 0; y++) {
    const n = Math.min(perYear, past - (y - (YEAR - 10)) * perYear);
    if (n <= 0) break;
    const closed = await store.importCases(
      y,
      Array.from({ length: n }, () => {
        const k = i++;
        return (agenda) => closedCase(y, agenda, k);
      }),
    );
    if (issued) writeIssued(home, closed);
  }
  if (open > 0) {
    const builds = Array.from({ length: open }, (_, k) => (agenda) => openCase(YEAR, agenda, i + k, k < decided));
    await store.importCases(YEAR, builds);
  }
  return { store, decidedIds: Array.from({ length: Math.min(decided, open) }, (_, k) => `${YEAR}-${String(k + 1).padStart(4, '0')}`) };
}
