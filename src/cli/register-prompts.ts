/** Asking the receptionist, in the terminal, only for what the flags did not give. */
import { APPLICANT_TYPES, CHANNELS, MODES, SERVICES, type CaseKind } from '../domain/model.js';
import { t } from '../i18n/index.js';
import { label } from '../render/labels.js';
import { dateOption, dateTimeOption, emailOption, fileOption, phoneOption, validatorOf } from './input.js';
import { askSelect, askText } from './prompts.js';
import type { RawRegistration } from './register-input.js';

const validDate = validatorOf(dateOption, t);
const validDateTime = validatorOf(dateTimeOption, t);
const validEmail = validatorOf(emailOption, t);
const validPhone = validatorOf(phoneOption, t);
const validFile = validatorOf(fileOption, t);

type Field = keyof RawRegistration;

/** Fills the missing fields of a registration by asking; fields already given are never asked again. */
export async function promptRegistration(raw: RawRegistration, kind: CaseKind): Promise<RawRegistration> {
  const r: RawRegistration = { ...raw };
  const text = async (field: Field, options: { required?: boolean; validate?: (v: string) => string | true } = {}) => {
    if (r[field] !== undefined) return;
    const answer = await askText(t(`ask.${field}`), options);
    if (answer) (r as Record<string, unknown>)[field] = answer;
  };
  const pick = async (
    field: Field,
    values: readonly string[],
    table: 'service' | 'channel' | 'applicantType' | 'mode',
    optional = false,
  ) => {
    if (r[field] !== undefined) return;
    const choices = values.map((value) => ({ value, name: label(table, value) }));
    const answer = await askSelect(t(`ask.${field}`), optional ? [{ value: '', name: t('ask.skip') }, ...choices] : choices);
    if (answer) (r as Record<string, unknown>)[field] = answer;
  };
  if (kind === 'walkin') {
    await text('visitor', { required: true });
    await text('institution');
    await text('contact', { validate: validPhone });
    await pick('service', SERVICES, 'service');
    await text('purpose', { required: true });
    await text('idDoc', { validate: validFile });
    return r;
  }
  await pick('service', SERVICES, 'service');
  await pick('channel', CHANNELS, 'channel');
  await text('applicant', { required: true });
  await pick('applicantType', APPLICANT_TYPES, 'applicantType', true);
  await text('contact', { validate: validPhone });
  await text('email', { validate: validEmail });
  await text('letterNumber');
  await text('letterDate', { validate: validDate });
  await text('subject', { required: r.purpose === undefined });
  if (r.service === 'sosialisasi') {
    await text('purpose');
    await text('material');
    await text('eventDate', { validate: validDateTime });
    await pick('mode', MODES, 'mode', true);
    await text('eventPlace');
    await text('tor', { validate: validFile });
    await text('idDoc', { validate: validFile });
  }
  if (r.service === 'imnkk') {
    await text('operatorName');
    await text('operatorPosition');
    await text('operatorEmail', { validate: validEmail });
  }
  return r;
}
