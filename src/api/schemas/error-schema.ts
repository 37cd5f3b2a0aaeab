/** The JSON shape of every error answer. */
import { Type, type TSchema } from '@sinclair/typebox';
import { API_ERROR_CODES } from '../api-error.js';

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.Union(API_ERROR_CODES.map((c) => Type.Literal(c)), { description: 'Stable error code; see docs/api.md' }),
      message: Type.String({ description: 'What went wrong and how to fix it' }),
    }),
  },
  { $id: 'ErrorBody', title: 'Error' },
);

/** Error responses every endpoint may give, plus the endpoint's own. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const s of [400, 401, 429, 500, ...statuses]) out[s] = Type.Ref('ErrorBody');
  return out;
}
