/** The survey token as people bring it back, and the survey link documents print. */
import { describe, expect, it } from 'vitest';
import { normalizeSurveyToken } from '../../src/domain/survey-token.js';
import { surveyUrl } from '../../src/domain/verification.js';

describe('a survey token as scanned, clicked or typed', () => {
  it.each<[string, string, string | undefined]>([
    ['as the store writes it', 'mytwg337zrc6c6cetzpi', 'mytwg337zrc6c6cetzpi'],
    ['in capitals', 'MYTWG337ZRC6C6CETZPI', 'mytwg337zrc6c6cetzpi'],
    ['in groups with spaces or dashes', 'mytwg 337zr-c6c6c-etzpi', 'mytwg337zrc6c6cetzpi'],
    ['one character short', 'mytwg337zrc6c6cetzp', undefined],
    ['one character more', 'mytwg337zrc6c6cetzpia', undefined],
    ['a digit base 32 does not have (0, 1, 8, 9)', 'mytwg337zrc6c6cetzp1', undefined],
    ['a tracking code instead', 'K7QM-2XNA-P4RT-9HZC', undefined],
    ['markup', '<script>alert(1)</script>', undefined],
    ['empty', '', undefined],
    ['very long', 'a'.repeat(65), undefined],
  ])('%s: %j → %j', (_what, text, token) => {
    expect(normalizeSurveyToken(text)).toBe(token);
  });
});

describe('the survey link: the public page and the token, only when the office has a public page', () => {
  it.each<[string | undefined, string | undefined]>([
    ['https://layanan.contoh.go.id', 'https://layanan.contoh.go.id/survei/mytwg337zrc6c6cetzpi'],
    ['https://layanan.contoh.go.id/', 'https://layanan.contoh.go.id/survei/mytwg337zrc6c6cetzpi'],
    ['https://contoh.go.id/layanan//', 'https://contoh.go.id/layanan/survei/mytwg337zrc6c6cetzpi'],
    ['  ', undefined],
    [undefined, undefined],
  ])('serve.publicUrl %j → %j', (publicUrl, link) => {
    expect(surveyUrl({ serve: publicUrl === undefined ? undefined : { publicUrl } }, 'mytwg337zrc6c6cetzpi')).toBe(link);
  });
});
