/** `loket documents ID [--out DIR]`: every document issued for a case, listed or written out, from any workstation. */
import { join } from 'node:path';
import { documentFiles, listDocuments, type DocumentEntry } from '../../app/issued-documents.js';
import { t, tOr } from '../../i18n/index.js';
import { storedTimeText } from '../../render/interface-labels.js';
import { command, ID_ARG } from '../command-spec.js';
import { checkOutPath, writeOutFile } from '../out-file.js';
import { output } from '../output.js';

/** One line of the list: kind, number, when, name and the start of its SHA-256. */
function line(d: DocumentEntry, zone: { timeZone: string; zoneLabel: string }): string {
  const kind = tOr(`documentKind.${d.kind}`, d.kind);
  const number = d.letterNumber ? ` ${d.letterNumber}` : '';
  return `${kind}${number} · ${storedTimeText(d.issuedAt, zone)} · ${d.name} · SHA-256 ${d.sha256.slice(0, 12)}…`;
}

export const documentsCommand = command({
  name: 'documents',
  description: 'help.documents',
  args: [ID_ARG],
  options: { out: { flags: '--out <dir>', help: 'help.documents.out' } },
  examples: ['loket documents 2026-0042', 'loket documents 2026-0042 --json', 'loket documents 2026-0042 --out /media/usb/arsip'],
  async run(ctx, { id, out }) {
    const profile = await ctx.profile();
    if (out === undefined) {
      const { id: caseId, documents } = await listDocuments(ctx, id);
      const json = {
        id: caseId,
        documents: documents.map(({ kind, letterNumber, issuedAt, sha256, name }) => ({ kind, letterNumber, issuedAt, sha256, name })),
      };
      return output(json, documents.length ? documents.map((d) => line(d, profile)) : t('documents.none', { id: caseId }));
    }
    // Every place is checked before anything is written.
    const files = await documentFiles(ctx, id);
    const targets = files.map((f) => checkOutPath('out', join(out, f.entry.name), ctx.home));
    const written = [];
    for (const [i, f] of files.entries()) written.push({ ...f.entry, file: await writeOutFile(targets[i]!, f.bytes) });
    return output(
      {
        id,
        documents: written.map(({ kind, letterNumber, issuedAt, sha256, name, file }) => ({
          kind,
          letterNumber,
          issuedAt,
          sha256,
          name,
          file,
        })),
      },
      written.length
        ? [t('documents.written', { n: written.length, dir: out }), ...written.map((w) => `  ${w.file}`)]
        : t('documents.none', { id }),
    );
  },
});
