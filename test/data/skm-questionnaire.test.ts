import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPackageJson } from '../../src/data.js';
import { REGULATION_NAMES, SKM_ELEMENTS } from '../../src/domain/skm.js';
import { setTemplateDir } from '../../src/render/template.js';
import { questionnaire, questionnaireProblems } from '../../src/skm-questionnaire.js';
import { tempHome } from '../helpers/cli.js';

const shipped = () => structuredClone(readPackageJson<{ id: Record<string, unknown>; en: Record<string, unknown> }>('data/skm.json')!);
const problemsOf = (data: unknown) => questionnaireProblems(data, 'skm.json').map((p) => p.params?.value);

afterEach(() => setTemplateDir(undefined));

describe('the shipped questionnaire', () => {
  it('is whole, in both languages', () => {
    expect(problemsOf(shipped())).toEqual([]);
  });

  it("asks the nine elements in the regulation's order, under the regulation's names, each with four answers of its own", () => {
    const q = questionnaire();
    expect(q.elements.map((e) => e.key)).toEqual([...SKM_ELEMENTS]);
    expect(q.elements.map((e) => e.name)).toEqual(SKM_ELEMENTS.map((k) => REGULATION_NAMES[k]));
    expect(q.elements.find((e) => e.key === 'biaya')?.answers).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    // Every element words its answers for itself: no two lists of answers alike but those of the regulation's sample.
    expect(new Set(q.elements.map((e) => e.answers.join('|'))).size).toBe(8);
    expect(Object.keys(q.profile.pendidikan.choices)).toEqual(['SD', 'SMP', 'SMA', 'DIII', 'S1', 'S2', 'S3']);
    expect(Object.keys(q.profile.pekerjaan.choices)).toEqual(['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'Lainnya']);
    expect(questionnaire('en').elements[3]!.answers[3]).toBe('Free of charge');
  });
});

describe("an office's own copy", () => {
  it('names every field that is wrong', () => {
    const data = shipped();
    const id = data.id as { elements: Record<string, unknown>[]; profile: Record<string, Record<string, unknown>>; title?: string };
    [id.elements[2], id.elements[3]] = [id.elements[3]!, id.elements[2]!];
    id.elements[0]!.answers = ['Tidak', 'Ya'];
    delete (id.profile.pekerjaan!.choices as Record<string, string>).POLRI;
    (id.profile.jenis_kelamin!.choices as Record<string, string>).X = 'Lainnya';
    delete id.title;
    expect(problemsOf(data)).toEqual([
      'id.title: a text',
      'id.elements[0].answers: the wording of answers 1, 2, 3 and 4',
      `id.elements[2].key: "waktu" (element 3 of the regulation's order)`,
      `id.elements[3].key: "biaya" (element 4 of the regulation's order)`,
      'id.profile.jenis_kelamin.choices.X: not a code of the regulation\'s form',
      'id.profile.pekerjaan.choices.POLRI: a text',
    ]);
    expect(problemsOf({ id: { ...data.id, elements: (data.id.elements as unknown[]).slice(0, 8) } })).toContainEqual(
      expect.stringContaining('id.elements: the nine elements'),
    );
    expect(problemsOf({ en: data.en })).toEqual(['id: { "title", "introduction", "elements", "profile", "suggestion", "thanks" }']);
  });

  it('replaces the shipped one whole (English optional); a broken copy is exit 2 naming the file and field', () => {
    const { home, cleanup } = tempHome();
    try {
      mkdirSync(join(home, 'templates'));
      const file = join(home, 'templates', 'skm.json');
      const data = shipped();
      (data.id.elements as { name: string }[])[8]!.name = 'Sarana dan Prasarana Ruang Layanan';
      writeFileSync(file, JSON.stringify({ id: data.id }));
      setTemplateDir(join(home, 'templates'));
      expect(questionnaire().elements[8]!.name).toBe('Sarana dan Prasarana Ruang Layanan');
      expect(questionnaire('en').elements[8]!.name).toBe('Sarana dan Prasarana Ruang Layanan');
      writeFileSync(file, JSON.stringify({ id: { ...data.id, thanks: '' } }));
      expect(() => questionnaire()).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field: file })] }));
      writeFileSync(file, '{ "id": ');
      expect(() => questionnaire()).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ key: 'input.templateJson' })] }));
    } finally {
      cleanup();
    }
  });
});
