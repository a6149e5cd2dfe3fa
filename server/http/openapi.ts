/** Shorthands for route definitions: a required JSON body, a JSON answer, and bearer security. */
import type { z } from 'zod';

export const bearer = [{ bearer: [] }];

export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { 'application/json': { schema } },
  required: true,
});

export const jsonAnswer = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
