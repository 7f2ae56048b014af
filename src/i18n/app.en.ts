/** English messages of the use cases and the documents kept per case: every Indonesian key has its twin. */
import type { appId } from './app.id.js';

export const appEn: Record<keyof typeof appId, string> = {
  'input.documentUnknown': 'case {id} has no document "{value}"',
  'store.documentMissing': 'Document {file} is registered as issued but its file is missing. Restore it from a backup or print it again.',
};
