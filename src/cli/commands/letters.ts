/** `loket reply` and `loket disposition`: the documents of the workflow. */
import { statedDue } from '../../domain/respond-by.js';
import { assertLetterDate, lastEventDay } from '../../domain/letter-date.js';
import { assertSignatory } from '../../domain/signatory.js';
import { assertAllowed, letterOf, recordReply, replyKind } from '../../domain/workflow.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InputError, ProblemList } from '../../errors.js';
import type { Case } from '../../domain/model.js';
import { t } from '../../i18n/index.js';
import { command, ID_ARG } from '../command-spec.js';
import { saveDocument } from '../documents.js';
import { signingKey } from '../signing.js';
import { checkOutPath } from '../out-file.js';
import { dateOrToday, fileOption } from '../input.js';
import { output } from '../output.js';
import { storedTimeText } from '../../render/ui-labels.js';

/** The file name of a report's letter: thanks for an appreciation not examined, else the answer (tanggapan). */
function reportLetterName(c: Case): string {
  return c.report?.type === 'apresiasi' && !c.report.conclusion ? 'surat-terima-kasih' : 'surat-tanggapan';
}

/** `loket reply ID`: the reply letter, numbered from the letter book the first time. */
export const replyCommand = command({
  name: 'reply',
  description: 'help.reply',
  args: [ID_ARG],
  options: {
    out: { flags: '--out <file>', help: 'help.out' },
    date: { flags: '--date <date>', help: 'help.reply.date' },
    addressee: { flags: '--addressee <line>', help: 'help.reply.addressee', list: true },
    place: { flags: '--place <text>', help: 'help.reply.place' },
  },
  examples: [
    'loket reply 2026-0042',
    'loket reply 2026-0057',
    'loket reply 2026-0042 --addressee "Kepala Dinas Komunikasi dan Informatika" --addressee "Kabupaten Contoh" --place Contoh --out surat.pdf',
  ],
  async run(ctx, input) {
    const problems = new ProblemList();
    const profile = (await ctx.config()).profile;
    const today = await ctx.today();
    const date = dateOrToday(problems, 'date', input.date, today);
    problems.throwIfAny();
    const store = ctx.store();
    const current = await store.get(input.id);
    // A reply already numbered is printed again as it was (also after it was sent); a new one needs a decision.
    if (!current.reply) assertAllowed(current, 'reply');
    // A report is answered by its own letter: the answer to it, or thanks for an appreciation.
    const report = current.service === 'pengaduan' && current.decision?.outcome !== 'incomplete';
    const fileName = report ? `${reportLetterName(current)}-${current.id}.pdf` : `surat-jawaban-${current.id}.pdf`;
    // Where it goes is checked before a number is given out, like the template below.
    const out = input.out === undefined ? undefined : checkOutPath('out', input.out, ctx.home, fileName);
    if (!current.reply) assertLetterDate('date', date, today, lastEventDay(current, 'decide') ?? current.receivedAt.slice(0, 10));
    assertSignatory(profile, 'reply');
    const signing = await signingKey(ctx, profile);
    const { renderReply, replyTemplate } = await import('../../render/reply-letter.js');
    const { renderReportLetter } = await import('../../render/report-letter.js');
    // Refuse a broken template before a number is given out.
    replyTemplate();
    if (report) (await import('../../render/report-template.js')).reportTemplate();
    (await import('../../render/reference.js')).referenceTemplate();
    (await import('../../render/labels.js')).labels();
    const reprint = current.reply && letterOf(current.reply);
    const { case: c, letter } = reprint
      ? {
          case: await store.update(current.id, 'letter:reprint', (c) => ({ value: c, changes: { letterNumber: reprint.number } })),
          letter: reprint,
        }
      : await store.issueLetter(current.id, replyKind(current), date, profile.numbering.letter, recordReply);
    const render = report ? renderReportLetter : renderReply;
    const bytes = await render(c, letter, profile, { addressee: input.addressee, place: input.place, signing });
    const file = await saveDocument(ctx, c.id, fileName, bytes, out, !!signing);
    return output(
      { id: c.id, letterNumber: letter.number, date: letter.date, file },
      t('workflow.replied', { id: c.id, number: letter.number, file }),
    );
  },
});

/** `loket disposition ID`: the disposition sheet of a disposed case. */
export const dispositionCommand = command({
  name: 'disposition',
  description: 'help.disposition',
  args: [ID_ARG],
  options: { out: { flags: '--out <file>', help: 'help.out' } },
  examples: ['loket disposition 2026-0042', 'loket disposition 2026-0042 --out disposisi.pdf'],
  async run(ctx, { id, out }) {
    const c = await ctx.store().get(id);
    if (!c.disposition) throw InputError.of('id', 'input.notDisposed', { id: c.id });
    const { renderDisposition } = await import('../../render/disposition.js');
    const clock = await ctx.clock();
    const bytes = await renderDisposition(c, (await ctx.config()).profile, { due: statedDue(c, clock.calendar, clock.timeZone) });
    const file = await saveDocument(ctx, c.id, `disposisi-${c.id}.pdf`, bytes, out);
    return output({ id: c.id, file }, t('workflow.dispositionFile', { file }));
  },
});

/** `loket verify-pdf FILE`: is the signature intact, and did this office issue the document (exit 4 unless both)? */
export const verifyPdfCommand = command({
  name: 'verify-pdf',
  description: 'help.verifyPdf',
  args: [{ name: 'file', syntax: '<file>', help: 'surat-jawaban-2026-0042.pdf' }],
  examples: ['loket verify-pdf surat-jawaban-2026-0042.pdf', 'loket verify-pdf sertifikat-2026-0042.pdf --json'],
  async run(ctx, { file }) {
    const problems = new ProblemList();
    const path = problems.need(fileOption(problems, 'file', file));
    const bytes = readFileSync(path);
    const { checkPdfSignature } = await import('../../render/pdf-signature-check.js');
    const signature = checkPdfSignature(bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const issued = (await ctx.store().findDocument(sha256)) ?? null;
    const valid = signature.intact && issued !== null;
    const lines = [
      signature.intact
        ? t('verifyPdf.intact', { signer: signature.signer ?? '-' })
        : t(signature.signed ? 'verifyPdf.broken' : 'verifyPdf.unsigned'),
      issued
        ? t('verifyPdf.issued', { name: issued.name, id: issued.caseId, at: storedTimeText(issued.at, (await ctx.config()).profile) })
        : t('verifyPdf.notIssued'),
    ];
    return output({ file: path, sha256, ...signature, issued, valid }, lines, valid ? undefined : 4);
  },
});

export const letterCommands = [replyCommand, dispositionCommand, verifyPdfCommand];
