/** The home page with the three forms, each form alone, and the page of a refusal (too many, too large, unavailable). */
import { html } from 'hono/html';
import type { MessageKey } from '../../i18n/id.js';
import { certificateForm, documentForm, statusForm } from './forms.js';
import { href, layout, type Html, type PageContext } from './layout.js';

/** GET /: what the page is for, and its three forms. */
export function homePage(ctx: PageContext): Html {
  const { t } = ctx.text;
  return layout(
    ctx,
    t('web.page.title'),
    html`<h1>${t('web.page.title')}</h1>
      <p>${t('web.page.home.lead')}</p>
      ${statusForm(ctx)}${certificateForm(ctx)}${documentForm(ctx)}`,
  );
}

/** One form on its own page (GET /status, /verifikasi, /dokumen). */
export function formPage(ctx: PageContext, which: 'status' | 'certificate' | 'document'): Html {
  const { t } = ctx.text;
  const [title, form] =
    which === 'status'
      ? [t('web.page.status.title'), statusForm(ctx)]
      : which === 'certificate'
        ? [t('web.page.certificate.title'), certificateForm(ctx)]
        : [t('web.page.document.title'), documentForm(ctx)];
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
      ${form}`,
  );
}

/** A refusal in words: why, and the way back. */
export function messagePage(ctx: PageContext, key: MessageKey, params: Record<string, string | number> = {}): Html {
  const { t } = ctx.text;
  return layout(
    ctx,
    t('web.error.title'),
    html`<h1>${t('web.error.title')}</h1>
      <p class="verdict invalid" role="alert">${t(key, params)}</p>
      <p><a href="${href(ctx, '/')}">${t('web.page.back')}</a></p>`,
  );
}
