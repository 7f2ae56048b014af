/**
 * The options of `register letter` and `register walkin`, declared once: flags, help, choices, and the
 * questions asked in a terminal for what was not given, in the order a receptionist is asked them.
 */
import { ACTIVITIES, APPLICANT_TYPES, CHANNELS, MODES, SERVICES } from '../domain/model.js';
import type { OptionSpec, OptionsOf } from './command-spec.js';

type Known = Readonly<Record<string, unknown>>;
const forService = (service: string) => (known: Known) => known.service === service;

/** What both letters and walk-ins take: documents brought, when, and whether to print a receipt. */
const COUNTER_OPTIONS = {
  attach: { flags: '--attach <file>', help: 'help.register.attach', list: true },
  receivedAt: { flags: '--received-at <instant>', help: 'help.register.receivedAt' },
  receipt: { flags: '--no-receipt', help: 'help.register.noReceipt' },
} as const satisfies Record<string, OptionSpec>;

/** The event of a sosialisasi, asked of letters and walk-ins alike. */
const ACTIVITY = {
  flags: '--activity <form>',
  help: 'opt.activity',
  choices: ACTIVITIES,
  ask: { question: 'ask.activity', catalogue: 'activity', skippable: true, when: forService('sosialisasi') },
} as const satisfies OptionSpec;
const EVENT_DATE = {
  flags: '--event-date <date[THH:MM]>',
  help: 'ask.eventDate',
  ask: { question: 'ask.eventDate', check: 'dateTime', when: forService('sosialisasi') },
} as const satisfies OptionSpec;
const EVENT_PLACE = {
  flags: '--event-place <text>',
  help: 'ask.eventPlace',
  ask: { question: 'ask.eventPlace', when: forService('sosialisasi') },
} as const satisfies OptionSpec;

export const LETTER_OPTIONS = {
  fromEml: { flags: '--from-eml <file>', help: 'help.register.fromEml' },
  service: { flags: '--service <key>', help: 'opt.service', choices: SERVICES, ask: { question: 'ask.service', labels: 'service' } },
  channel: { flags: '--channel <channel>', help: 'opt.channel', choices: CHANNELS, ask: { question: 'ask.channel', labels: 'channel' } },
  applicant: { flags: '--applicant <name>', help: 'ask.applicant', ask: { question: 'ask.applicant', required: true } },
  applicantType: {
    flags: '--applicant-type <type>',
    help: 'opt.applicantType',
    choices: APPLICANT_TYPES,
    ask: { question: 'ask.applicantType', labels: 'applicantType', skippable: true },
  },
  institution: { flags: '--institution <name>', help: 'ask.institution' },
  contact: { flags: '--contact <phone>', help: 'ask.contact', ask: { question: 'ask.contact', check: 'phone' } },
  email: { flags: '--email <address>', help: 'ask.email', ask: { question: 'ask.email', check: 'email' } },
  letterNumber: { flags: '--letter-number <text>', help: 'ask.letterNumber', ask: { question: 'ask.letterNumber' } },
  letterDate: { flags: '--letter-date <date>', help: 'ask.letterDate', ask: { question: 'ask.letterDate', check: 'date' } },
  subject: {
    flags: '--subject <text>',
    help: 'ask.subject',
    ask: { question: 'ask.subject', required: (known: Known) => known.purpose === undefined },
  },
  purpose: { flags: '--purpose <text>', help: 'ask.purpose', ask: { question: 'ask.purpose', when: forService('sosialisasi') } },
  activity: ACTIVITY,
  material: { flags: '--material <text>', help: 'ask.material', ask: { question: 'ask.material', when: forService('sosialisasi') } },
  eventDate: EVENT_DATE,
  mode: {
    flags: '--mode <mode>',
    help: 'opt.mode',
    choices: MODES,
    ask: { question: 'ask.mode', labels: 'mode', skippable: true, when: forService('sosialisasi') },
  },
  eventPlace: EVENT_PLACE,
  tor: { flags: '--tor <file>', help: 'ask.tor', ask: { question: 'ask.tor', check: 'file', when: forService('sosialisasi') } },
  idDoc: { flags: '--id-doc <file>', help: 'ask.idDoc', ask: { question: 'ask.idDoc', check: 'file', when: forService('sosialisasi') } },
  operatorName: {
    flags: '--operator-name <name>',
    help: 'ask.operatorName',
    ask: { question: 'ask.operatorName', when: forService('imnkk') },
  },
  operatorPosition: {
    flags: '--operator-position <text>',
    help: 'ask.operatorPosition',
    ask: { question: 'ask.operatorPosition', when: forService('imnkk') },
  },
  operatorEmail: {
    flags: '--operator-email <address>',
    help: 'ask.operatorEmail',
    ask: { question: 'ask.operatorEmail', check: 'email', when: forService('imnkk') },
  },
  operatorLetter: { flags: '--operator-letter <ref|file>', help: 'help.imnkk.operatorLetter' },
  ethicsRegulation: { flags: '--ethics-regulation <ref>', help: 'help.imnkk.ethicsRegulation' },
  sindenAccount: { flags: '--sinden-account <user>', help: 'help.imnkk.sindenAccount' },
  selfAssessmentComplete: { flags: '--self-assessment-complete', help: 'help.imnkk.selfAssessment' },
  ...COUNTER_OPTIONS,
} as const satisfies Record<string, OptionSpec>;

export const WALKIN_OPTIONS = {
  visitor: { flags: '--visitor <name>', help: 'ask.visitor', ask: { question: 'ask.visitor', required: true } },
  institution: { flags: '--institution <name>', help: 'ask.institution', ask: { question: 'ask.institution' } },
  contact: { flags: '--contact <phone>', help: 'ask.contact', ask: { question: 'ask.contact', check: 'phone' } },
  service: { flags: '--service <key>', help: 'opt.service', choices: SERVICES, ask: { question: 'ask.service', labels: 'service' } },
  purpose: { flags: '--purpose <text>', help: 'ask.purpose', ask: { question: 'ask.purpose', required: true } },
  activity: ACTIVITY,
  eventDate: EVENT_DATE,
  eventPlace: EVENT_PLACE,
  // Ticked at the counter, without a scan: the receptionist saw the letter and the identity card.
  broughtLetter: {
    flags: '--brought-letter',
    help: 'ask.broughtLetter',
    ask: { question: 'ask.broughtLetter', when: forService('sosialisasi') },
  },
  showedId: { flags: '--showed-id', help: 'ask.showedId', ask: { question: 'ask.showedId', when: forService('sosialisasi') } },
  idDoc: { flags: '--id-doc <file>', help: 'ask.idDoc', ask: { question: 'ask.idDoc', check: 'file' } },
  ...COUNTER_OPTIONS,
} as const satisfies Record<string, OptionSpec>;

/** What a registration of either kind may carry (a walk-in's options are a subset, with `visitor`). */
export type RegistrationOptions = Partial<OptionsOf<typeof LETTER_OPTIONS>> & {
  visitor?: string;
  broughtLetter?: boolean;
  showedId?: boolean;
};
