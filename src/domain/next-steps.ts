/**
 * From a case, its next steps: those its state allows (the workflow's own table, `assertAllowed`)
 * and the officer's roles allow (`judgeStep`), in the order the work goes. The menu offers exactly
 * these; the use case each one calls checks them again.
 */
import { isOpen, type Case } from './model.js';
import type { Officer } from './profile.js';
import { missingRequirements, type Checklists } from './requirements.js';
import { judgeStep, type Step as RoleStep } from './roles.js';
import { assertAllowed, mayAnswerWithInformation, type Step as WorkflowStep } from './workflow.js';

export const NEXT_STEPS = [
  'dispose',
  'analyse',
  'examine',
  'decide',
  'inform',
  'requirements',
  'imnkkRequirements',
  'imnkkVisit',
  'imnkkPlenary',
  'prepareReply',
  'certificate',
  'sign',
  'send',
  'reopen',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** The role step each menu step needs. */
const ROLE_OF: Record<NextStep, RoleStep> = {
  dispose: 'dispose',
  analyse: 'analyse',
  examine: 'examine',
  decide: 'decide',
  inform: 'send',
  requirements: 'requirements',
  imnkkRequirements: 'imnkkRequirements',
  imnkkVisit: 'imnkkVisit',
  imnkkPlenary: 'imnkkPlenary',
  prepareReply: 'prepareLetter',
  certificate: 'prepareLetter',
  sign: 'signLetter',
  send: 'send',
  reopen: 'reopen',
};

function allowed(c: Case, step: WorkflowStep): boolean {
  try {
    assertAllowed(c, step);
    return true;
  } catch {
    return false;
  }
}

/** Whether the case's state allows the step (roles aside). */
export function stateAllows(c: Case, step: NextStep, checklists: Checklists): boolean {
  const imnkk = c.service === 'imnkk';
  const missing = missingRequirements(c, checklists).length > 0;
  const early = (c.status === 'registered' || c.status === 'disposed') && missing;
  switch (step) {
    case 'dispose':
      return allowed(c, 'dispose');
    case 'analyse':
      // An IM-NKK request is measured, not analysed: its plenary decides.
      return !imnkk && c.service !== 'pengaduan' && allowed(c, 'analyse');
    case 'examine':
      return c.service === 'pengaduan' && allowed(c, 'examine');
    case 'decide':
      // Missing papers may be asked for before any analysis: that may be the first answer a request gets.
      return !imnkk && (allowed(c, 'decide') || early);
    case 'inform':
      // A visitor or a letter that only asked is answered with what was said, before any decision (send --note).
      return mayAnswerWithInformation(c);
    case 'requirements':
      return !imnkk && missing && (isOpen(c) || (c.status === 'answered' && c.decision?.outcome === 'incomplete'));
    case 'imnkkRequirements':
      return imnkk && isOpen(c) && missing;
    case 'imnkkVisit':
      return imnkk && isOpen(c) && !!c.imnkk?.clockStart;
    case 'imnkkPlenary':
      return imnkk && isOpen(c) && !!c.imnkk?.verifications.some((v) => !v.planned);
    case 'prepareReply':
      return !imnkk && !c.reply && allowed(c, 'reply');
    case 'certificate':
      return imnkk && isOpen(c) && !!c.imnkk?.plenary && !c.imnkk.certificate;
    case 'sign':
      return isOpen(c) && !!c.draft;
    case 'send':
      // A walk-in may be answered at the counter, an appreciation closed, without a letter.
      return allowed(c, 'send') && (!!c.reply || c.kind === 'walkin' || c.report?.type === 'apresiasi');
    case 'reopen':
      return allowed(c, 'reopen');
  }
}

/** The steps the officer may take on the case now, in the order of the work. */
export function nextSteps(c: Case, officers: readonly Officer[], actor: string, checklists: Checklists): NextStep[] {
  return NEXT_STEPS.filter((step) => stateAllows(c, step, checklists) && judgeStep(ROLE_OF[step], officers, actor, false).allowed);
}

/** The steps in the order the menu suggests them: what moves the case on, before what redoes or adds to it. */
const SUGGESTED: readonly NextStep[] = [
  'send',
  'sign',
  'prepareReply',
  'certificate',
  'analyse',
  'examine',
  'decide',
  'imnkkPlenary',
  'imnkkVisit',
  'imnkkRequirements',
  'dispose',
];

/** Whether the step would only take again the step the case's state already records. */
function redoes(c: Case, step: NextStep): boolean {
  switch (step) {
    case 'decide':
      return c.status === 'decided';
    case 'analyse':
      return c.status === 'analysed';
    case 'examine':
      return c.status === 'examined';
    case 'dispose':
      return c.status !== 'registered';
    case 'prepareReply':
      return !!c.draft;
    case 'imnkkPlenary':
      return !!c.imnkk?.plenary;
    default:
      return false;
  }
}

/** The step the menu's cursor starts on: the one that moves the case on; none (go back) when every step would redo one taken. */
export function suggestedStep(c: Case, steps: readonly NextStep[]): NextStep | undefined {
  return SUGGESTED.find((s) => steps.includes(s) && !redoes(c, s));
}
