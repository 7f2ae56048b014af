// Run by `npm run build`: writes the parsed metrics of the standard fonts loket draws with (pdfkit's own
// AFM parser's result) to dist/font-metrics.json, which src/render/font-metrics.ts hands pdfkit instead
// of parsing the AFM files in every run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FONTS = ['Helvetica', 'Helvetica-Bold'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const PDFDocument = require('pdfkit');
const data = join(dirname(require.resolve('pdfkit')), 'data');

const metrics = {};
for (const name of FONTS) {
  const doc = new PDFDocument({ autoFirstPage: false, font: null });
  doc.font(name);
  const { attributes, glyphWidths, kernPairs } = doc._font.font;
  metrics[name] = { length: readFileSync(join(data, `${name}.afm`), 'utf8').length, attributes, glyphWidths, kernPairs };
}
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'font-metrics.json'), JSON.stringify(metrics));
