/**
 * The standard fonts' metrics parsed once, or not at all: pdfkit parses a font's AFM file (~3,000
 * lines with its kerning pairs, ~9 ms) each time a document opens it, three times per document. The
 * build writes the parsed metrics of the fonts loket draws with to dist/font-metrics.json
 * (scripts/font-metrics.mjs); pdfkit's parser is handed those, or its own earlier result, instead.
 */
import { readPackageJson } from '../data.js';

/** What pdfkit's AFM parser makes of a file. */
export interface ParsedMetrics {
  attributes: Record<string, unknown>;
  glyphWidths: Record<string, number>;
  kernPairs: Record<string, number>;
}

/** dist/font-metrics.json: by font name, the metrics and the length of the AFM text they were parsed from. */
export type MetricsFile = Record<string, ParsedMetrics & { length: number }>;

/** Where the build writes the metrics, in the package. */
export const METRICS_FILE = 'dist/font-metrics.json';

interface AfmParser {
  parse(this: ParsedMetrics, contents: string): void;
}

let built: MetricsFile | null | undefined;

/** The metrics `file` holds for this AFM text, when its font and length are the ones they were parsed from. */
export function preparedFor(contents: string, file: MetricsFile | null): ParsedMetrics | undefined {
  const name = /^FontName\s+(\S+)/m.exec(contents)?.[1];
  const entry = name && file && Object.hasOwn(file, name) ? file[name] : undefined;
  return entry && entry.length === contents.length ? entry : undefined;
}

function prepared(contents: string): ParsedMetrics | undefined {
  if (built === undefined) built = readPackageJson<MetricsFile>(METRICS_FILE) ?? null;
  return preparedFor(contents, built);
}

/**
 * Makes pdfkit's AFM parser take the prepared or an earlier result for the same text. The parser is
 * not exported: it is the prototype of the parsed metrics (`font.font`) of any standard font.
 */
export function shareFontMetrics(standardFont: { font: object }): void {
  const parser = Object.getPrototypeOf(standardFont.font) as AfmParser;
  const original = parser.parse;
  const earlier = new Map<string, ParsedMetrics>();
  parser.parse = function parse(this: ParsedMetrics, contents: string) {
    // pdfkit only reads the parsed tables, so one copy serves every document.
    const known = earlier.get(contents) ?? prepared(contents);
    if (!known) {
      original.call(this, contents);
      earlier.set(contents, { attributes: this.attributes, glyphWidths: this.glyphWidths, kernPairs: this.kernPairs });
      return;
    }
    this.attributes = known.attributes;
    this.glyphWidths = known.glyphWidths;
    this.kernPairs = known.kernPairs;
  };
}
