// Registers N cases through the command line's own entry (built), one `register letter` after another in
// one process, printing "ack <id>" after each; a failure is printed and exits with its code, as `loket` would.
import { run } from '../../dist/src/cli/run.js';

const [countText, tag] = process.argv.slice(2);
for (let i = 0; i < Number(countText); i++) {
  const argv = ['register', 'letter', '--yes', '--json', '--no-receipt', '--service', 'sosialisasi', '--channel', 'surat'];
  let out = '';
  const stdout = { write: (text, done) => ((out += text), done()) };
  const io = { env: process.env, stdinIsTty: false, stdoutIsTty: false, stdout, stderr: process.stderr };
  const code = await run([...argv, '--applicant', `Pemohon ${tag}-${i}`, '--subject', `Permohonan ${tag}-${i}`], io);
  if (code !== 0) process.exit(code);
  process.stdout.write(`ack ${JSON.parse(out).id} ${tag}-${i}\n`);
}
