import * as z from 'zod';

/** One wrong or missing field of a request, in the problem details of a 400. */
export const FieldError = z.object({
  /** Where the value came from (`query`, `path`, `body`, `header`) and its JSON path. */
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** Problem details (RFC 9457) as every error of the API is answered. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    correlationId: z.string(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
