/** The answers about a certificate code and an uploaded document: valid, revoked or not valid, and what they state. */
import { html } from 'hono/html';
import type { PublicCertificate } from '../../app/public-certificate.js';
import type { PublicDocument } from '../../app/public-document.js';
import { certificateForm, documentForm } from './forms.js';
import { layout, type Html, type PageContext } from './layout.js';

/** The page of a certificate code. */
export function certificatePage(ctx: PageContext, c: PublicCertificate): Html {
  const { t, num } = ctx.text;
  const time = (v: string) => ctx.text.time(v, ctx.office);
  let body: Html;
  if (c.status === 'invalid') {
    body = html`<p class="verdict invalid" role="alert">${t('web.page.certificate.invalid', { code: c.code })}</p>
      ${certificateForm(ctx)}`;
  } else {
    const revoked = c.revoked;
    const reason = revoked?.decision ? t('web.page.certificate.supersededBy', { decision: revoked.decision }) : revoked?.reason;
    body = html`${
        revoked
          ? html`<p class="verdict revoked" role="alert">
              ${t('web.page.certificate.revoked', { at: time(revoked.at) })}<br />${t('web.page.certificate.revokedReason', { reason: reason ?? '' })}
            </p>`
          : html`<p class="verdict valid" role="status">${t('web.page.certificate.valid', { agency: ctx.office.agency })}</p>`
      }
      <section>
        <dl>
          <dt>${t('web.page.certificate.code')}</dt>
          <dd class="code">${c.code}</dd>
          <dt>${t('web.page.certificate.agency')}</dt>
          <dd>${c.agency}</dd>
          <dt>${t('web.page.certificate.score')}</dt>
          <dd>${t('web.page.certificate.scoreOf', { score: num(c.score), max: num(c.maxScore) })}</dd>
          <dt>${t('web.page.certificate.index')}</dt>
          <dd>${num(c.index, 2, true)}</dd>
          <dt>${t('web.page.certificate.category')}</dt>
          <dd>${c.category}</dd>
          <dt>${t('web.page.certificate.year')}</dt>
          <dd>${c.year}</dd>
          <dt>${t('web.page.certificate.decree')}</dt>
          <dd>${c.decree}</dd>
          <dt>${t('web.page.certificate.issued')}</dt>
          <dd>${time(c.issuedAt)}</dd>
        </dl>
      </section>`;
  }
  return layout(
    ctx,
    t('web.page.certificate.title'),
    html`<h1>${t('web.page.certificate.title')}</h1>
      ${body}`,
  );
}

/** The page of an uploaded document. */
export function documentPage(ctx: PageContext, d: PublicDocument): Html {
  const { t } = ctx.text;
  const time = (v: string) => ctx.text.time(v, ctx.office);
  const verdict =
    d.status === 'valid'
      ? html`<p class="verdict valid" role="status">${t('web.page.document.valid', { agency: ctx.office.agency })}</p>`
      : d.status === 'revoked'
        ? html`<p class="verdict revoked" role="alert">${t('web.page.document.revoked', { at: d.revoked ? time(d.revoked.at) : '-' })}</p>`
        : html`<p class="verdict invalid" role="alert">${t('web.page.document.invalid')}</p>`;
  const signature = t(d.intact ? 'web.page.document.intact' : d.signed ? 'web.page.document.broken' : 'web.page.document.unsigned');
  const doc = d.document;
  const body = html`<h1>${t('web.page.document.title')}</h1>
    ${verdict}
    <section>
      <ul>
        <li>${signature}</li>
        <li>${t(d.issued ? 'web.page.document.issued' : 'web.page.document.notIssued')}</li>
      </ul>
      ${
        doc
          ? html`<dl>
              <dt>${t('web.page.document.kind')}</dt>
              <dd>${doc.kind ? t(`web.kind.${doc.kind}`) : '-'}</dd>
              ${
                doc.number
                  ? html`<dt>${t('web.page.document.number')}</dt>
                      <dd class="code">${doc.number}</dd>`
                  : ''
              }
              <dt>${t('web.page.document.date')}</dt>
              <dd>${time(doc.date)}</dd>
              ${
                d.signer
                  ? html`<dt>${t('web.page.document.signer')}</dt>
                      <dd>${d.signer}</dd>`
                  : ''
              }
              <dt>${t('web.page.document.caseId')}</dt>
              <dd class="code">${doc.caseId}</dd>
            </dl>`
          : ''
      }
    </section>
    ${documentForm(ctx)}`;
  return layout(ctx, t('web.page.document.title'), body);
}
