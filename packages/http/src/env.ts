import * as z from 'zod';

import { Language, RegionCode } from '@eruz/domain';

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .min(1)
    .transform((raw) => raw.split(',').map((part) => part.trim()))
    .pipe(z.array(item).min(1));

/** What every function of a deployment knows about it. */
export const DeploymentEnv = z.object({
  DEPLOYMENT: z.string().min(1),
  SERVED_REGIONS: commaList(RegionCode),
  LANGUAGES: commaList(Language),
  ALLOWED_ORIGINS: z.string().default('*'),
});
export type DeploymentEnv = z.infer<typeof DeploymentEnv>;

/** Thrown at cold start when the environment misses or garbles a variable. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}

/**
 * Parses the environment through a schema, once; a missing or wrong variable fails loudly
 * with its name.
 */
export function readEnv<T extends z.ZodObject>(
  schema: T,
  source: NodeJS.ProcessEnv = process.env,
): z.infer<T> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');

      return source[name] === undefined ? `${name} is missing` : `${name}: ${issue.message}`;
    });
    throw new EnvironmentError(`bad environment: ${problems.join('; ')}`);
  }

  return parsed.data;
}
