/**
 * A message registered once: the store refuses a second case with the same message key (the
 * Message-ID, or a hash of the headers), whichever workstation or process tries. The fetch use case
 * treats this refusal as "already done": the message is marked handled, no case is added.
 */
import { InputError } from '../errors.js';

export class AlreadyRegistered extends InputError {
  /** The case the message already is. */
  readonly caseId: string;
  readonly messageKey: string;
  constructor(messageKey: string, caseId: string) {
    super([{ field: 'message', key: 'mail.alreadyRegistered', params: { value: messageKey, id: caseId } }]);
    this.name = 'AlreadyRegistered';
    this.caseId = caseId;
    this.messageKey = messageKey;
  }
}
