/** Where the file store keeps the survey: `store/survey.json` (tokens, paper batches) and `store/survey-YYYY.json` (a year's responses). */
import { join } from 'node:path';
import type { StorePaths } from './paths.js';

export const surveyBookPath = (paths: StorePaths) => join(paths.data, 'survey.json');
export const surveyYearPath = (paths: StorePaths, year: number) => join(paths.data, `survey-${year}.json`);

/** The years that have responses, ascending. */
export function surveyYearsIn(fileNames: string[]): number[] {
  return fileNames
    .map((n) => /^survey-(\d{4})\.json$/.exec(n)?.[1])
    .filter((y): y is string => !!y)
    .map(Number)
    .sort((a, b) => a - b);
}
