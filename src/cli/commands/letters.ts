/** `loket reply`, `loket disposition` and `loket verify-pdf`: the documents of the workflow. */
import { readFileSync } from 'node:fs';
import { dispositionSheet } from '../../app/disposition-sheet.js';
import { prepareReply, replyBaseName, replyLetter, signReply, type ReplyOutcome } from '../../app/reply.js';
import { fileOption } from '../../app/typed-values.js';
import { verifyDocument } from '../../app/verify-document.js';
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { storedTimeText } from '../../render/ui-labels.js';
import { command, ID_ARG } from '../command-spec.js';
import { deliver } from '../deliver.js';
import { checkOutPath, writeOutFile } from '../out-file.js';
import { output } from '../output.js';

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
    draft: { flags: '--draft', help: 'help.reply.draft', conflicts: ['sign'] },
    sign: { flags: '--sign', help: 'help.reply.sign' },
  },
  examples: [
    'loket reply 2026-0042',
    'loket reply 2026-0042 --draft',
    'loket reply 2026-0042 --sign --as "Dr. Ratna Dewi, M.Si."',
    'loket reply 2026-0057',
    'loket reply 2026-0042 --addressee "Kepala Dinas Komunikasi dan Informatika" --addressee "Kabupaten Contoh" --place Contoh --out surat.pdf',
  ],
  async run(ctx, input) {
    // Where it goes is checked before a number is given out.
    const target =
      input.out === undefined
        ? undefined
        : checkOutPath('out', input.out, ctx.home, `${replyBaseName(await ctx.store().get(input.id))}.pdf`);
    const step = input.draft ? prepareReply : input.sign ? signReply : replyLetter;
    return replyOutput(await step(ctx, input), target);
  },
});

/** What a reply step tells: the letter's number and file, or the draft's file and that it waits for its signatory. */
export async function replyOutput(outcome: ReplyOutcome, target?: string) {
  const c = outcome.case;
  if (!outcome.signed) {
    const file = target ? await writeOutFile(target, outcome.draft.bytes) : outcome.draft.path;
    return output({ id: c.id, letterNumber: null, draft: true, preparedBy: c.draft?.by, file }, t('workflow.drafted', { id: c.id, file }));
  }
  const { letter, document } = outcome;
  const file = await deliver(document, target);
  return output(
    { id: c.id, letterNumber: letter.number, date: letter.date, signedBy: c.reply?.signedBy ?? null, file },
    t('workflow.replied', { id: c.id, number: letter.number, file }),
  );
}

/** `loket disposition ID`: the disposition sheet of a disposed case. */
export const dispositionCommand = command({
  name: 'disposition',
  description: 'help.disposition',
  args: [ID_ARG],
  options: { out: { flags: '--out <file>', help: 'help.out' } },
  examples: ['loket disposition 2026-0042', 'loket disposition 2026-0042 --out disposisi.pdf'],
  async run(ctx, { id, out }) {
    const target = out === undefined ? undefined : checkOutPath('out', out, ctx.home, `disposisi-${id}.pdf`);
    const { case: c, document } = await dispositionSheet(ctx, id);
    const file = await deliver(document, target);
    return output({ id: c.id, file }, t('workflow.dispositionFile', { file }));
  },
});

/** `loket verify-pdf FILE`: is the signature intact, and did this office issue the document (exit 4 unless both)? */
export const verifyPdfCommand = command({
  name: 'verify-pdf',
  description: 'help.verifyPdf',
  args: [{ name: 'file', syntax: '<file>', help: 'arg.pdf' }],
  examples: ['loket verify-pdf surat-jawaban-2026-0042.pdf', 'loket verify-pdf sertifikat-2026-0042.pdf --json'],
  async run(ctx, { file }) {
    const problems = new ProblemList();
    const path = problems.need(fileOption(problems, 'file', file));
    const check = await verifyDocument(ctx, readFileSync(path));
    const { issued } = check;
    const lines = [
      check.intact ? t('verifyPdf.intact', { signer: check.signer ?? '-' }) : t(check.signed ? 'verifyPdf.broken' : 'verifyPdf.unsigned'),
      issued
        ? t('verifyPdf.issued', { name: issued.name, id: issued.caseId, at: storedTimeText(issued.at, await ctx.profile()) })
        : t('verifyPdf.notIssued'),
    ];
    return output({ file: path, ...check }, lines, check.valid ? undefined : 4);
  },
});
