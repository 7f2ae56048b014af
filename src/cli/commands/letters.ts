/** `loket reply` and `loket disposition`: the documents of the workflow. */
import type { Command } from '../commander.js';
import { assertLetterDate, lastEventDay } from '../../domain/letter-date.js';
import { assertAllowed, letterOf, recordReply, replyKind } from '../../domain/workflow.js';
import { InputError, ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { saveDocument } from '../documents.js';
import { checkOutPath } from '../out-file.js';
import { dateOrToday, repeatable, textOption } from '../input.js';
import { output } from '../output.js';
import { examples, type Runner } from '../program.js';

/** Registers reply and disposition. */
export function registerLetters(program: Command, run: Runner): void {
  examples(
    program
      .command('reply')
      .description(t('help.reply'))
      .argument('<id>', '2026-0042')
      .option('--out <file>', t('help.out'))
      .option('--date <date>', t('help.reply.date'))
      .option('--addressee <line>', t('help.reply.addressee'), repeatable)
      .option('--place <text>', t('help.reply.place')),
    [
      'loket reply 2026-0042',
      'loket reply 2026-0042 --addressee "Kepala Dinas Komunikasi dan Informatika" --addressee "Kabupaten Contoh" --place Contoh --out surat.pdf',
    ],
  ).action(
    run(async (ctx, [id], opts) => {
      const problems = new ProblemList();
      const profile = (await ctx.config()).profile;
      const today = await ctx.today();
      const date = dateOrToday(problems, '--date', opts.date as string | undefined, today);
      problems.throwIfAny();
      const store = ctx.store();
      const current = await store.get(id!);
      assertAllowed(current, 'reply');
      const fileName = `surat-jawaban-${current.id}.pdf`;
      // Where it goes is checked before a number is given out, like the template below.
      const out = opts.out === undefined ? undefined : checkOutPath('--out', String(opts.out), ctx.home, fileName);
      if (!current.reply) assertLetterDate('--date', date!, today, lastEventDay(current, 'decide'));
      const { renderReply, replyTemplate } = await import('../../render/reply-letter.js');
      // Refuse a broken template before a number is given out.
      replyTemplate();
      (await import('../../render/labels.js')).labels();
      const { case: c, letter } = current.reply
        ? { case: current, letter: letterOf(current.reply) }
        : await store.issueLetter(id!, replyKind(current), date!, profile.numbering.letter, recordReply);
      const addressee = (opts.addressee as string[] | undefined)?.map((l) => l.trim()).filter(Boolean);
      const bytes = await renderReply(c, letter, profile, { addressee, place: textOption(opts.place as string | undefined) });
      const file = await saveDocument(ctx, c.id, fileName, bytes, out);
      return output(
        { id: c.id, letterNumber: letter.number, date: letter.date, file },
        t('workflow.replied', { id: c.id, number: letter.number, file }),
      );
    }),
  );

  examples(
    program.command('disposition').description(t('help.disposition')).argument('<id>', '2026-0042').option('--out <file>', t('help.out')),
    ['loket disposition 2026-0042', 'loket disposition 2026-0042 --out disposisi.pdf'],
  ).action(
    run(async (ctx, [id], opts) => {
      const c = await ctx.store().get(id!);
      if (!c.disposition) throw InputError.of('<id>', 'input.notDisposed', { id: c.id });
      const { renderDisposition } = await import('../../render/disposition.js');
      const bytes = await renderDisposition(c, (await ctx.config()).profile);
      const file = await saveDocument(ctx, c.id, `disposisi-${c.id}.pdf`, bytes, opts.out as string | undefined);
      return output({ id: c.id, file }, t('workflow.dispositionFile', { file }));
    }),
  );
}
