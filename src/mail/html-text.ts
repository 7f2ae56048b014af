/**
 * The text of an HTML body, for a case read at the counter. html-to-text (loaded only here) parses
 * the markup; images are dropped and links keep their words only, so nothing is fetched and no
 * address a sender chose is shown as if it were the office's.
 */

/** Plain text of an HTML document: paragraphs and line breaks kept, no scripts, styles, images or link targets. */
export async function htmlToText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'head', format: 'skip' },
    ],
  });
}
