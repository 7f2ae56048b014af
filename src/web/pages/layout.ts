/** The frame of every public page: the office's letterhead and logo, the menu, the language switch. */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { PublicOffice } from '../public-port.js';
import type { PageText } from '../text.js';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What a page needs of its request: its words, whether the language was chosen in the address, and where it is. */
export interface PageContext {
  text: PageText;
  /** The language came from `?lang=`: links and forms carry it on. */
  chosen: boolean;
  path: string;
  office: PublicOffice;
}

/** A link within the site, keeping a chosen language. */
export function href(ctx: PageContext, path: string, lang = ctx.chosen ? ctx.text.lang : undefined): string {
  return lang ? `${path}${path.includes('?') ? '&' : '?'}lang=${lang}` : path;
}

/** The hidden field that carries a chosen language through a form. */
export function langField(ctx: PageContext): Html | string {
  return ctx.chosen ? html`<input type="hidden" name="lang" value="${ctx.text.lang}" />` : '';
}

const NAV: [path: string, key: 'web.page.nav.home' | 'web.page.nav.status' | 'web.page.nav.certificate' | 'web.page.nav.document'][] = [
  ['/', 'web.page.nav.home'],
  ['/status', 'web.page.nav.status'],
  ['/verifikasi', 'web.page.nav.certificate'],
  ['/dokumen', 'web.page.nav.document'],
];

/** A whole page: `title` in the tab and the heading's words, `body` inside main. */
export function layout(ctx: PageContext, title: string, body: Html): Html {
  const { t, lang } = ctx.text;
  const o = ctx.office;
  const contact = [
    o.address,
    o.phone && t('web.page.contact.phone', { value: o.phone }),
    o.email && t('web.page.contact.email', { value: o.email }),
  ]
    .filter(Boolean)
    .join(' · ');
  const other = lang === 'en' ? 'id' : 'en';
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · ${t('web.page.title')} · ${o.agency}</title>
        <link rel="stylesheet" href="/assets/loket.css" />
      </head>
      <body>
        <a class="skip" href="#isi">${t('web.page.skip')}</a>
        <header class="kop">
          ${o.logo ? html`<img src="/assets/logo" alt="" width="56" height="56" />` : ''}
          <div>
            <p class="agency">${o.agency}</p>
            ${o.unit ? html`<p class="unit">${o.unit}</p>` : ''} ${contact ? html`<p class="contact">${contact}</p>` : ''}
          </div>
        </header>
        <nav aria-label="${t('web.page.title')}">
          <ul>
            ${NAV.map(([path, key]) => html`<li><a href="${href(ctx, path)}" ${ctx.path === path ? raw(' aria-current="page"') : ''}>${t(key)}</a></li>`)}
            <li><a href="${href(ctx, ctx.path, other)}" lang="${other}" hreflang="${other}">${t('web.page.otherLanguage')}</a></li>
          </ul>
        </nav>
        <main id="isi">${body}</main>
        <footer><p>${t('web.page.free')}${o.website ? html` · <a href="${safeUrl(o.website)}">${o.website}</a>` : ''}</p></footer>
      </body>
    </html>`;
}

/** An address the office typed, as a link target only when it is http(s). */
function safeUrl(url: string): string {
  const full = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  return /^https?:\/\/[^\s"'<>]+$/i.test(full) ? full : '#';
}
