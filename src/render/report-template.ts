/** The wording of the pengaduan service's documents (`templates/report.json`), and the case as they may show it. */
import { shieldCase } from '../domain/identity.js';
import type { Case, ReportType, Substantiated } from '../domain/model.js';
import { assertTemplate, loadTemplate } from './template.js';

export interface ReportTemplate {
  identity: { anonymous: string; protected: string };
  receipt: {
    titles: Record<ReportType, string>;
    subtitle: string;
    reporter: string;
    channelRef: string;
    about: string;
    concerning: string;
    dueCalendar: string;
    dueWorking: string;
    protectedNote: string;
    followUpTitle: string;
  };
  letter: {
    hal: Record<ReportType, string>;
    addresseeShielded: string;
    addresseeRef: string;
    typeWords: Record<ReportType, string>;
    opening: string;
    reference: string;
    concerning: string;
    finding: string;
    substantiated: Record<Substantiated, string>;
    followUp: string;
    closing: string;
    /** The closing of a report that is not (or not known to be) about the office's own service. */
    closingOther: string;
    thanksOpening: string;
    thanksBody: string;
    thanksClosing: string;
    copiesTitle: string;
  };
}

/** The placeholders the report template may use. */
export const REPORT_PLACEHOLDERS = [
  'channel',
  'via',
  'caseId',
  'date',
  'days',
  'typeWord',
  'receivedDate',
  'reference',
  'channelRef',
  'subject',
  'concerning',
  'finding',
  'followUp',
] as const;

/** The report template, refused (exit 2) when it lacks a field or names an unknown placeholder. */
export function reportTemplate(): ReportTemplate {
  const tpl = loadTemplate<ReportTemplate>('report');
  assertTemplate('report', tpl, REPORT_PLACEHOLDERS);
  return tpl;
}

/** The case as a document may show it: a shielded reporter replaced by the template's words. */
export function documentCase(c: Case): Case {
  return c.report || c.channel === 'wbs' ? shieldCase(c, reportTemplate().identity) : c;
}
