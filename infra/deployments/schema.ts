import * as z from 'zod';

import { Language, RegionCode } from '@eruz/domain';

/**
 * Highest code of a federal subject: 01–89 are the historic subjects, 90–95 were added
 * later (Zaporozhye, Crimea, Sevastopol, Donetsk, Luhansk, Kherson).
 */
const MAX_SUBJECT_CODE = 95;

const AREAS = ['af', 'ap', 'ca', 'eu', 'il', 'me', 'mx', 'sa', 'us'];
const DIRECTIONS = [
  'central',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
];

/** Commercial AWS regions: `eu-central-1`, `ap-southeast-4`, `us-west-2`, ... */
const AWS_REGION = new RegExp(`^(${AREAS.join('|')})-(${DIRECTIONS.join('|')})-\\d{1,2}$`);

const hostname = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a DNS domain name');

const positiveInt = z.number().int().positive();

/** Federal subject code that exists: two digits from 01 to 95. */
export const SubjectCode = RegionCode.refine(
  (code) => Number(code) >= 1 && Number(code) <= MAX_SUBJECT_CODE,
  'unknown federal subject code (expected 01–95)',
);

/**
 * One deployment of the portal: an AWS account and region serving some federal subjects in
 * some languages. Each deployment becomes its own stack, `Eruz-<name>`.
 */
export const Deployment = z
  .object({
    /** Short lowercase name; the stack is `Eruz-<name>`. */
    name: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'lowercase latin letters, digits, hyphens'),
    /** AWS account id. */
    account: z.string().regex(/^\d{12}$/, 'an AWS account id of 12 digits'),
    /** AWS region, e.g. `eu-central-1`. */
    region: z.string().regex(AWS_REGION, 'an AWS region such as eu-central-1'),
    /** Federal subjects served, by two-digit code (`77` Moscow, `16` Tatarstan, ...). */
    subjects: z
      .array(SubjectCode)
      .min(1, 'at least one federal subject')
      .refine((codes) => new Set(codes).size === codes.length, 'codes must not repeat'),
    /** Interface languages offered; Russian is always among them. */
    languages: z
      .array(Language)
      .min(1, 'at least one language')
      .refine((langs) => langs.includes('ru'), 'must include ru')
      .refine((langs) => new Set(langs).size === langs.length, 'languages must not repeat'),
    /** Browser origins of the portal front end (CORS for the API and direct uploads). */
    webOrigins: z
      .array(
        z
          .url({ protocol: /^https$/ })
          .refine((url) => new URL(url).pathname === '/', 'an origin without a path'),
      )
      .min(1, 'at least one origin'),
    email: z
      .object({
        /** Domain verified in SES; mail is sent from it. */
        domain: hostname,
        /** Sender address, inside `domain`. */
        sender: z.email(),
      })
      .strict()
      .refine((email) => email.sender.endsWith(`@${email.domain}`), {
        message: 'sender must be an address in email.domain',
        path: ['sender'],
      }),
    /** Who receives operational alarms. */
    alarmEmail: z.email(),
    /** API Gateway stage throttling, for every method. */
    throttling: z
      .object({
        /** Steady requests per second. */
        rateLimit: positiveInt.max(10_000),
        /** Burst capacity in requests. */
        burstLimit: positiveInt.max(5_000),
      })
      .strict(),
    waf: z
      .object({
        /** Requests one IP address may make in 5 minutes before WAF blocks it. */
        rateLimitPerIp: z.number().int().min(10).max(2_000_000_000),
      })
      .strict(),
    /** Days that CloudWatch keeps function, API and WAF logs. */
    logRetentionDays: z.union([z.literal(90), z.literal(180), z.literal(365), z.literal(731)]),
  })
  .strict();

/** A deployment as written in its file, before validation. */
export type DeploymentInput = z.input<typeof Deployment>;

/** A validated deployment. */
export type Deployment = z.infer<typeof Deployment>;

/** Thrown when a deployment's configuration does not pass validation. */
export class DeploymentConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DeploymentConfigError';
  }
}

/**
 * Validates one deployment's configuration.
 *
 * @param name the name under which the deployment is known (its file name)
 * @param input the configuration as written
 * @returns the validated deployment
 * @throws DeploymentConfigError naming the deployment and every invalid field
 */
export function parseDeployment(name: string, input: unknown): Deployment {
  const result = Deployment.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';

      return `  ${field}: ${issue.message}`;
    });
    throw new DeploymentConfigError(`Deployment "${name}" is invalid:\n${problems.join('\n')}`, {
      cause: result.error,
    });
  }
  if (result.data.name !== name) {
    throw new DeploymentConfigError(
      `Deployment "${name}" is invalid:\n  name: must equal the deployment key "${name}"`,
    );
  }

  return result.data;
}
