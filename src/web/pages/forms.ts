/** The three forms of the public page: a tracking code, a certificate code, a PDF. All work without script. */
import { html } from 'hono/html';
import { href, langField, type Html, type PageContext } from './layout.js';

/** One form asking for a code by GET: the tracking code's or the certificate's (same field, same limits). */
function codeForm(
  ctx: PageContext,
  form: { id: string; field: string; action: string; page: 'status' | 'certificate' },
  value: string,
): Html {
  const { t } = ctx.text;
  const key = (part: 'title' | 'label' | 'help' | 'submit') => `web.page.${form.page}.${part}` as const;
  return html`<section aria-labelledby="${form.id}">
    <h2 id="${form.id}">${t(key('title'))}</h2>
    <form method="get" action="${form.action}">
      <label for="${form.field}">${t(key('label'))}</label>
      <p class="hint" id="${form.field}-hint">${t(key('help'))}</p>
      <input
        type="text"
        id="${form.field}"
        name="code"
        value="${value}"
        required
        maxlength="40"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby="${form.field}-hint"
      />
      ${langField(ctx)}<button type="submit">${t(key('submit'))}</button>
    </form>
  </section>`;
}

/** The form asking for a tracking code (GET /status?code=…). */
export function statusForm(ctx: PageContext, value = ''): Html {
  return codeForm(ctx, { id: 'lacak', field: 'kode-lacak', action: '/status', page: 'status' }, value);
}

/** The form asking for a certificate code (GET /verifikasi?code=…). */
export function certificateForm(ctx: PageContext, value = ''): Html {
  return codeForm(ctx, { id: 'sertifikat', field: 'kode-sertifikat', action: '/verifikasi', page: 'certificate' }, value);
}

/** The upload form (POST /dokumen, multipart, field `file`). */
export function documentForm(ctx: PageContext): Html {
  const { t } = ctx.text;
  const mb = Math.floor(ctx.office.uploadBytes / (1024 * 1024));
  return html`<section aria-labelledby="dokumen">
    <h2 id="dokumen">${t('web.page.document.title')}</h2>
    <form method="post" action="${href(ctx, '/dokumen')}" enctype="multipart/form-data">
      <label for="berkas">${t('web.page.document.label')}</label>
      <p class="hint" id="berkas-hint">${t('web.page.document.help', { mb })}</p>
      <input type="file" id="berkas" name="file" accept="application/pdf,.pdf" required aria-describedby="berkas-hint" />
      <button type="submit">${t('web.page.document.submit')}</button>
    </form>
  </section>`;
}
