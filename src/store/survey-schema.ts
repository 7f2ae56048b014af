/** Schemas of what the store keeps of the survey, validated on load and before every write (both stores). */
import { z } from 'zod';
import { SERVICES } from '../domain/model.js';
import { EDUCATIONS, GENDERS, OCCUPATIONS, SKM_ELEMENTS } from '../domain/skm.js';
import { MAX_SUGGESTION } from '../domain/skm-answers.js';
import { SCHEMA_VERSION } from './version.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const surveyResponseSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{32}$/),
    date,
    service: z.enum(SERVICES),
    answers: z.array(score.nullable()).length(SKM_ELEMENTS.length),
    gender: z.enum(GENDERS).optional(),
    education: z.enum(EDUCATIONS).optional(),
    occupation: z.enum(OCCUPATIONS).optional(),
    suggestion: z.string().min(1).max(MAX_SUGGESTION).optional(),
  })
  .strict()
  .refine((r) => r.answers.some((a) => a !== null), { message: 'no element answered', path: ['answers'] });

export const surveyTokenSchema = z
  .object({ token: z.string().regex(/^[a-z2-7]{20}$/), caseId: z.string(), service: z.enum(SERVICES), used: z.boolean() })
  .strict();

export const surveyImportSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string(),
  rows: z.number().int().nonnegative(),
  at: z.string(),
  by: z.string(),
});

/** `store/survey.json`: the tokens (in token order, which is random) and the paper batches imported. */
export const surveyBookSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tokens: z.array(surveyTokenSchema),
  imports: z.array(surveyImportSchema),
});
export type SurveyBook = z.infer<typeof surveyBookSchema>;

/** `store/survey-YYYY.json`: a year's responses, by day and then by their random id. */
export const surveyYearSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  year: z.number().int(),
  responses: z.array(surveyResponseSchema),
});
export type SurveyYear = z.infer<typeof surveyYearSchema>;
