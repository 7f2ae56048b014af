/** English messages of the roles: every Indonesian key has its twin. */
import type { rolesId } from './roles.id.js';

export const rolesEn: Record<keyof typeof rolesId, string> = {
  'error.notAllowed': 'Not allowed (nothing was written):',
  'roles.notOfficer':
    '"{actor}" is not an officer of this office: {step} may only be done by an officer with the role {roles}. See `loket officer list`.',
  'roles.role': '{actor} may not do {step}: that step is for the roles {roles} ({actor} holds: {has}).',
  'roles.ownerOnly':
    'this office has named no admin yet, so {step} may only be done by the owner of its data ({location}). The owner names the first admin with `loket officer add NAME --role admin`.',
  'roles.notSelf':
    'on the shared database the acting officer is the owner of the login ({login}: {officer}); --as "{actor}" cannot act for someone else.',
  'roles.ownerLogin':
    "login {login} is the database owner's: since officers log in with their own logins, it is for administration only, not for {step}.",
  'roles.unknownLogin': "login {login} is no officer's login in this office; add it with `loket officer add NAME --login {login}`.",
  'role.penerima': 'penerima (counter)',
  'role.disposisi': 'disposisi (leader)',
  'role.analis': 'analis (officer)',
  'role.penandatangan': 'penandatangan (signatory)',
  'role.wbs': 'wbs (whistle-blowing handler)',
  'role.admin': 'admin',
  'roleStep.register': 'registering a letter or visit',
  'roleStep.receipt': 'printing a receipt',
  'roleStep.requirements': 'recording requirements',
  'roleStep.slip': 'printing an answer slip',
  'roleStep.dispose': 'disposing a case',
  'roleStep.dispositionSheet': 'printing a disposition sheet',
  'roleStep.analyse': 'the analysis',
  'roleStep.examine': 'examining a report',
  'roleStep.decide': 'the decision',
  'roleStep.prepareLetter': 'preparing a draft letter',
  'roleStep.signLetter': 'signing and numbering a letter',
  'roleStep.send': 'sending the answer',
  'roleStep.reopen': 'reopening a case',
  'roleStep.revealIdentity': 'revealing a protected reporter',
  'roleStep.imnkkRequirements': 'recording IM-NKK requirements',
  'roleStep.imnkkVisit': 'an IM-NKK verification visit',
  'roleStep.imnkkPlenary': 'recording the IM-NKK plenary',
  'roleStep.revokeCertificate': 'revoking a certificate',
  'roleStep.fetchMail': 'fetching the mailbox',
  'roleStep.importSurvey': 'importing SKM questionnaires',
  'roleStep.init': 'setting up the office profile',
  'roleStep.config': 'changing settings',
  'roleStep.officers': 'managing officers',
  'roleStep.calendar': 'changing the office calendar',
  'roleStep.database': 'managing the database',
  'roleStep.backup': 'taking a backup',
  'roleStep.restore': 'restoring a backup',
  'roleStep.importAgenda': 'importing an agenda book',
  'input.alreadySigned': 'the letter of case {id} is already signed with number {number}; print it again with `loket reply {id}`',
  'input.noDraft': 'case {id} has no draft letter to sign: an analyst prepares it first with `loket reply {id}`',
  'help.reply.draft': 'prepare the draft only (marked KONSEP, no number), also for one who may sign',
  'help.reply.sign': 'number and sign the prepared draft (signatory role)',
  'workflow.drafted':
    'Draft letter of case {id} prepared (marked KONSEP, not numbered yet): {file}. Waiting for its signature: `loket sign {id}`.',
  'imnkk.drafted':
    'Draft certificate and recommendation letter of case {id} prepared (marked KONSEP, no code or number yet): {certificate}, {recommendation}. Waiting for their signature: `loket sign {id}`.',
  // The history of a prepared letter: the draft event is titled by what was prepared.
  'action.letter.draft': 'letter draft prepared',
  'action.letter.draft.reply': 'reply letter draft prepared',
  'action.letter.draft.certificate': 'IM-NKK certificate and recommendation letter draft prepared',
  'draftKind.reply': 'reply letter',
  'draftKind.certificate': 'IM-NKK certificate and recommendation letter',
  'field.draft': 'draft',
  'field.signedBy': 'signed by',
  'field.addressee': 'addressed to',
  'field.information': 'answered with information only',
  'help.sign': 'number and sign the draft letter or certificate waiting for signature (signatory role)',
  'sign.nothing': 'case {id} has no draft waiting for a signature',
  'roles.ownerAsOfficer': "login {login} is the database owner's: it cannot act as {actor}, who logs in as {officerLogin}",
  'roles.loginName':
    'login "{value}" cannot be used: lower-case letters, digits and _ only, not starting with a digit or pg_, at most 63 characters',
  'roles.loginShared': "login {value} is already {officer}'s: every officer has a login of their own",
  'roles.loginOnFiles':
    'login {value} exists only on the shared database (LOKET_DATABASE_URL); on the data folder, who acts is the one --as names',
  'roles.loginNeedsOwner':
    "login {login} can only be made over the database owner's login (the one that made the tables with `loket db migrate`), not over {actor}",
  'roles.loginTaken': 'the database server already has a role named {value} that loket did not make; choose another login name',
  'roles.passwordShort': 'the password of login {login} is too short: at least 8 characters',
  'roles.passwordNeeded':
    'the password of login {login} is needed: set LOKET_NEW_PASSWORD, or run it in a terminal without --yes to be asked (a password is never shown or stored)',
  'roles.sealedDocument':
    "document {name} of case {id} holds a protected reporter's identity: only an officer with the wbs role may open it",
  'roles.backupSealed':
    "a backup must hold the protected reporters' identities, which login {login} cannot read: take backups over the database owner's login",
  'roles.checkSealed':
    "the check reads every attachment, protected reporters' too, which login {login} cannot read: run `loket check` over the database owner's login",
  'roles.sealedAttachment': 'attachment {value} was given by a protected reporter: only an officer with the wbs role may open it',
  'ask.newPassword': 'New password for login {login} (not shown)',
  'help.officer.login': "this officer's own database login (made over the owner's login; password from LOKET_NEW_PASSWORD or asked)",
  'officer.addedLogin': 'Officer {name} added with roles {roles}; database login: {login}.',
  'officer.login': 'login {login}',
  'help.db.serveLogin': "make the public page server's login (`loket serve`), which can read only what the pages show",
  'arg.login': 'database login name',
  'db.serveLogin':
    'Login {login} for `loket serve` is ready on {database}: it can read only what the public pages show and record survey answers. Start the server with a LOKET_DATABASE_URL naming this login.',
  'history.login': 'login {login}',
};
