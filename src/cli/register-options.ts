/**
 * The options of `register letter` and `register walkin`, declared once: flags, help, choices, and the
 * questions asked in a terminal for what was not given, in the order a receptionist is asked them.
 */
import { channelInfo, channelKeys, channelsFor } from '../channels.js';
import { ACTIVITIES, APPLICANT_TYPES, MODES, REPORT_TYPES, SERVICES, type Service } from '../domain/model.js';
import type { OptionSpec, OptionsOf } from './command-spec.js';

type Known = Readonly<Record<string, unknown>>;
const forService = (service: string) => (known: Known) => known.service === service;
const isReport = forService('pengaduan');
/** An anonymous reporter is not asked who they are. */
const named = (known: Known) => !known.anonymous;

/** What a report to the pengaduan service carries beyond a request: its type, its reference, what it is about. */
const REPORT_OPTIONS = {
  reportType: {
    flags: '--report-type <type>',
    help: 'help.register.reportType',
    choices: REPORT_TYPES,
    words: { catalogue: 'reportType' },
    ask: { question: 'ask.reportType', when: isReport },
  },
  channelRef: { flags: '--channel-ref <text>', help: 'help.register.channelRef', ask: { question: 'ask.channelRef', when: isReport } },
  about: { flags: '--about <case-id>', help: 'help.register.about', ask: { question: 'ask.about', when: isReport } },
  concerning: {
    flags: '--concerning <text>',
    help: 'help.register.concerning',
    ask: { question: 'ask.concerning', when: (known: Known) => isReport(known) && known.reportType !== 'apresiasi' },
  },
} as const satisfies Record<string, OptionSpec>;

/** Asked unless the report is anonymous or its channel protects every reporter anyway. */
const PROTECT_IDENTITY = {
  flags: '--protect-identity',
  help: 'help.register.protectIdentity',
  ask: {
    question: 'ask.protectIdentity',
    noFirst: true,
    when: (known: Known) => isReport(known) && !known.anonymous && !channelInfo(String(known.channel))?.protectIdentity,
  },
} as const satisfies OptionSpec;

/** What both letters and walk-ins take: documents brought, when, and whether to print a receipt. */
const COUNTER_OPTIONS = {
  attach: { flags: '--attach <file>', help: 'help.register.attach', list: true },
  // Which attachment (of --attach, or of the message of --from-eml) is the TOR or the identity card.
  torAttachment: { flags: '--tor-attachment <name|n>', help: 'help.register.torAttachment' },
  idAttachment: { flags: '--id-attachment <name|n>', help: 'help.register.idAttachment' },
  receivedAt: { flags: '--received-at <instant>', help: 'help.register.receivedAt' },
  receipt: { flags: '--no-receipt', help: 'help.register.noReceipt' },
} as const satisfies Record<string, OptionSpec>;

/** The event of a sosialisasi, asked of letters and walk-ins alike. */
const ACTIVITY = {
  flags: '--activity <form>',
  help: 'opt.activity',
  choices: ACTIVITIES,
  words: { catalogue: 'activity' },
  ask: { question: 'ask.activity', skippable: true, when: forService('sosialisasi') },
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

/** The service a case asks for: a letter and a visit ask it the same way. */
const SERVICE_OPTION = {
  flags: '--service <key>',
  help: 'opt.service',
  choices: SERVICES,
  words: { labels: 'service' },
  ask: { question: 'ask.service' },
} as const;

export const LETTER_OPTIONS = {
  fromEml: { flags: '--from-eml <file>', help: 'help.register.fromEml' },
  mailReceipt: { flags: '--no-mail-receipt', help: 'help.register.noMailReceipt' },
  service: SERVICE_OPTION,
  // The office's channel list is data: offered from it, checked against it (app/registration-checks.ts).
  channel: {
    flags: '--channel <channel>',
    help: 'opt.channel',
    dataChoices: channelKeys,
    words: { labels: 'channel' },
    ask: { question: 'ask.channel', options: (known: Known) => channelsFor(known.service as Service | undefined) },
  },
  reportType: REPORT_OPTIONS.reportType,
  anonymous: { flags: '--anonymous', help: 'help.register.anonymous', ask: { question: 'ask.anonymous', when: isReport, noFirst: true } },
  protectIdentity: PROTECT_IDENTITY,
  applicant: {
    flags: '--applicant <name>',
    help: 'ask.applicant',
    ask: { question: 'ask.applicant', required: true, when: named },
  },
  applicantType: {
    flags: '--applicant-type <type>',
    help: 'opt.applicantType',
    choices: APPLICANT_TYPES,
    words: { labels: 'applicantType' },
    ask: { question: 'ask.applicantType', skippable: true, when: named },
  },
  institution: { flags: '--institution <name>', help: 'ask.institution' },
  contact: {
    flags: '--contact <phone>',
    help: 'ask.contact',
    ask: { question: 'ask.contact', check: 'phone', when: named },
  },
  email: { flags: '--email <address>', help: 'ask.email', ask: { question: 'ask.email', check: 'email', when: named } },
  channelRef: REPORT_OPTIONS.channelRef,
  about: REPORT_OPTIONS.about,
  concerning: REPORT_OPTIONS.concerning,
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
    words: { labels: 'mode' },
    ask: { question: 'ask.mode', skippable: true, when: forService('sosialisasi') },
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
  visitor: {
    flags: '--visitor <name>',
    help: 'ask.visitor',
    ask: { question: 'ask.visitor', required: true, when: named },
  },
  institution: { flags: '--institution <name>', help: 'ask.institution', ask: { question: 'ask.institution', when: named } },
  contact: { flags: '--contact <phone>', help: 'ask.contact', ask: { question: 'ask.contact', check: 'phone', when: named } },
  service: SERVICE_OPTION,
  reportType: REPORT_OPTIONS.reportType,
  // A visitor who will not give a name says so before anything is asked: the flag, not a question.
  anonymous: { flags: '--anonymous', help: 'help.register.anonymous' },
  protectIdentity: PROTECT_IDENTITY,
  about: REPORT_OPTIONS.about,
  concerning: REPORT_OPTIONS.concerning,
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
