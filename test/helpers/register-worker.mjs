// Registers N cases through the real store (built code) and prints "ack <id>" once each is durable:
// the files in HOME, or the database of LOKET_DATABASE_URL when it is set.
import { FileStore } from '../../dist/src/store/file-store.js';
import { PgStore } from '../../dist/src/store/pg-store.js';
import { lockOptionsFromEnv } from '../../dist/src/store/lock.js';

const [home, countText, tag] = process.argv.slice(2);
const url = process.env.LOKET_DATABASE_URL;
const store = url
  ? new PgStore({ url, user: `worker-${tag}`, now: () => Date.now(), env: process.env })
  : new FileStore({ home, user: `worker-${tag}`, now: () => Date.now(), lock: lockOptionsFromEnv(process.env) });
const count = Number(countText);
for (let i = 0; i < count; i++) {
  const c = await store.register(2026, (agendaNumber) => {
    const id = `2026-${String(agendaNumber).padStart(4, '0')}`;
    const value = {
      id,
      year: 2026,
      agendaNumber,
      service: 'pengaduan',
      kind: 'letter',
      channel: 'surat',
      receivedAt: '2026-03-02T09:00:00+07:00',
      receivedBy: `worker-${tag}`,
      applicant: { name: `Pemohon ${tag}-${i}` },
      subject: `Pengaduan ${tag}-${i}`,
      attachments: [],
      answerDue: '2026-03-09',
      status: 'registered',
      events: [],
    };
    return { value, changes: { agendaNumber } };
  });
  process.stdout.write(`ack ${c.id} ${tag}-${i}\n`);
}
await store.close();
