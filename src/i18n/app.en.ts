/** English messages of the use cases and the documents kept per case: every Indonesian key has its twin. */
import type { appId } from './app.id.js';

export const appEn: Record<keyof typeof appId, string> = {
  'input.documentUnknown': 'case {id} has no document "{value}"',
  'store.documentMissing': 'Document {file} is registered as issued but its file is missing. Restore it from a backup or print it again.',
  'help.documents': 'list every document issued for a case, or write them all to a folder',
  'help.documents.out': 'folder to write to: each document named with its letter number',
  'documents.none': 'No document has been issued for case {id} yet.',
  'documents.written': '{n} documents written to {dir}:',
  'documentKind.receipt': 'Receipt',
  'documentKind.requirements-receipt': 'Completeness receipt',
  'documentKind.disposition': 'Disposition sheet',
  'documentKind.reply': 'Reply letter',
  'documentKind.report-letter': 'Response letter',
  'documentKind.slip': 'Answer slip',
  'documentKind.certificate': 'IM-NKK certificate',
  'documentKind.recommendation': 'Recommendation letter',
  'documentKind.document': 'Document',
};
