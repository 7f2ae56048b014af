/** The three forms of the public page: a tracking code, a certificate code, a PDF. All work without script. */
import { html } from 'hono/html';
import { href, langField, type Html, type PageContext } from './layout.js';

/** The form asking for a tracking code (GET /status?code=…). */
export function statusForm(ctx: PageContext, value = ''): Html {
  const { t } = ctx.text;
  return html`<section aria-labelledby="lacak">
    <h2 id="lacak">${t('web.page.status.title')}</h2>
    <form method="get" action="/status">
      <label for="kode-lacak">${t('web.page.status.label')}</label>
      <p class="hint" id="kode-lacak-hint">${t('web.page.status.help')}</p>
      <input
        type="text"
        id="kode-lacak"
        name="code"
        value="${value}"
        required
        maxlength="40"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby="kode-lacak-hint"
      />
      ${langField(ctx)}<button type="submit">${t('web.page.status.submit')}</button>
    </form>
  </section>`;
}

/** The form asking for a certificate code (GET /verifikasi?code=…). */
export function certificateForm(ctx: PageContext, value = ''): Html {
  const { t } = ctx.text;
  return html`<section aria-labelledby="sertifikat">
    <h2 id="sertifikat">${t('web.page.certificate.title')}</h2>
    <form method="get" action="/verifikasi">
      <label for="kode-sertifikat">${t('web.page.certificate.label')}</label>
      <p class="hint" id="kode-sertifikat-hint">${t('web.page.certificate.help')}</p>
      <input
        type="text"
        id="kode-sertifikat"
        name="code"
        value="${value}"
        required
        maxlength="40"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby="kode-sertifikat-hint"
      />
      ${langField(ctx)}<button type="submit">${t('web.page.certificate.submit')}</button>
    </form>
  </section>`;
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
