/** The status page of a case, as its tracking code shows it; and the same answer for a code that finds nothing. */
import { html } from 'hono/html';
import type { PublicView } from '../../domain/public-view.js';
import { statusForm } from './forms.js';
import { layout, type Html, type PageContext } from './layout.js';

/** `<time>` of a stored date or instant, in words. */
function when(ctx: PageContext, value: string): Html {
  return html`<time datetime="${value}">${ctx.text.time(value, ctx.office)}</time>`;
}

function dueLine(ctx: PageContext, v: PublicView): Html | string {
  const { t } = ctx.text;
  if (!v.respondBy) return t('web.page.status.dueWaiting');
  if (v.answerDue && v.respondBy !== v.answerDue)
    return t('web.page.status.dueBeforeEvent', {
      date: ctx.text.time(v.respondBy, ctx.office),
      answerDue: ctx.text.time(v.answerDue, ctx.office),
    });
  return when(ctx, v.respondBy);
}

function answerPart(ctx: PageContext, v: PublicView): Html {
  const { t, label } = ctx.text;
  const a = v.answer;
  if (!a) return html`<p>${t('web.page.status.notAnswered')}</p>`;
  const via = a.via === 'none' ? t('web.via.none') : label('channel', a.via);
  return html`<p>
      ${t('web.page.status.answered', { at: ctx.text.time(a.at, ctx.office), via, onTime: t(a.onTime ? 'web.page.status.onTime' : 'web.page.status.late') })}
    </p>
    ${a.outcome ? html`<p>${t('web.page.status.outcome', { outcome: t(`web.outcome.${a.outcome}`) })}</p>` : ''}
    ${a.letterNumber ? html`<p>${t('web.page.status.letter', { number: a.letterNumber, date: a.letterDate ? ctx.text.time(a.letterDate, ctx.office) : '-' })}</p>` : ''}`;
}

/** The page of a case found by its code. */
export function statusPage(ctx: PageContext, v: PublicView): Html {
  const { t, label } = ctx.text;
  const catalogueStatus = t(`status.${v.status}`);
  const [before, after] = t('web.page.status.heading', { id: '\u0000' }).split('\u0000');
  const body = html`<h1>${before}<span class="nowrap">${v.id}</span>${after}</h1>
    <section aria-labelledby="ringkasan">
      <h2 id="ringkasan" class="skip">${t('web.page.status.heading', { id: v.id })}</h2>
      <dl>
        <dt>${t('web.page.status.caseId')}</dt>
        <dd class="code">${v.id}</dd>
        <dt>${t('web.page.status.service')}</dt>
        <dd>${label('service', v.service)}</dd>
        ${
          v.reportType
            ? html`<dt>${t('web.page.status.reportType')}</dt>
                <dd>${t(`reportType.${v.reportType}`)}</dd>`
            : ''
        }
        <dt>${t('web.page.status.received')}</dt>
        <dd>${when(ctx, v.receivedAt)}</dd>
        <dt>${t('web.page.status.state')}</dt>
        <dd>${catalogueStatus.charAt(0).toUpperCase() + catalogueStatus.slice(1)}</dd>
        ${
          v.answer
            ? ''
            : html`<dt>${t('web.page.status.due')}</dt>
                <dd>${dueLine(ctx, v)}</dd>`
        }
        <dt>${t('web.page.status.missing')}</dt>
        <dd>
          ${
            v.missing.length
              ? html`${t('web.page.status.missingLead')}
                  <ul>
                    ${v.missing.map((m) => html`<li>${label('requirement', m)}</li>`)}
                  </ul>`
              : t('web.page.status.complete')
          }
        </dd>
      </dl>
    </section>
    <section aria-labelledby="tahapan">
      <h2 id="tahapan">${t('web.page.status.steps')}</h2>
      <ol class="steps">
        ${v.steps.map((s) => html`<li>${t(`web.step.${s.step}`)}: ${when(ctx, s.at)}</li>`)}
      </ol>
    </section>
    <section aria-labelledby="jawaban">
      <h2 id="jawaban">${t('web.page.status.answer')}</h2>
      ${answerPart(ctx, v)}
    </section>
    <p class="privacy">${t('web.page.status.privacy')}</p>`;
  return layout(ctx, t('web.page.status.heading', { id: v.id }), body);
}

/** The one answer to a code that finds nothing, whether it was mistyped or never given. */
export function statusNotFoundPage(ctx: PageContext): Html {
  const { t } = ctx.text;
  const body = html`<h1>${t('web.page.status.notFound')}</h1>
    <p class="verdict invalid" role="alert">${t('web.page.status.notFoundHelp')}</p>
    ${statusForm(ctx)}`;
  return layout(ctx, t('web.page.status.notFound'), body);
}
