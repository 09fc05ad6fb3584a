import type { APIGatewayProxyResult } from 'aws-lambda';

import type { Problem } from '@eruz/api';
import { translate, type Language } from '@eruz/domain';

import { HttpError, ValidationError } from './errors.ts';

/** Problem `type` URIs name the stable code; they are identifiers, not links. */
export const PROBLEM_TYPE_PREFIX = 'urn:eruz:problem:';

function isMiddyHttpError(error: unknown): error is Error & { statusCode: number } {
  return (
    error instanceof Error &&
    typeof (error as { statusCode?: unknown }).statusCode === 'number' &&
    !(error instanceof HttpError)
  );
}

/**
 * Maps anything thrown to an HttpError: our own pass through, middy's parser errors become
 * their localized counterparts, and everything else is an internal error that exposes
 * nothing.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (isMiddyHttpError(error)) {
    if (error.message.includes('malformed')) {
      return new ValidationError([{ field: 'body', code: 'request.malformed_json' }], error);
    }
    if (error.statusCode === 415) {
      return new HttpError(415, 'request.unsupported_media_type', { cause: error });
    }
    if (error.statusCode === 413) return new HttpError(413, 'request.too_large', { cause: error });
  }

  return new HttpError(500, 'internal.error', { cause: error });
}

/** Builds the problem+json document of an error in a language. */
export function problemDocument(
  error: HttpError,
  lang: Language,
  correlationId: string,
  instance?: string,
): Problem {
  const problem: Problem = {
    type: `${PROBLEM_TYPE_PREFIX}${error.code}`,
    title: translate(error.code, lang, error.params),
    status: error.status,
    code: error.code,
    correlationId,
  };
  if (instance) problem.instance = instance;
  if (error.fieldErrors.length > 0) {
    problem.errors = error.fieldErrors.map((fieldError) => ({
      field: fieldError.field,
      code: fieldError.code,
      message: translate(fieldError.code, lang, fieldError.params),
    }));
  }

  return problem;
}

/** The API Gateway response carrying a problem document. */
export function problemResponse(
  error: HttpError,
  lang: Language,
  correlationId: string,
  instance?: string,
): APIGatewayProxyResult {
  return {
    statusCode: error.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Language': lang,
      'Cache-Control': 'no-store',
      ...error.headers,
    },
    body: JSON.stringify(problemDocument(error, lang, correlationId, instance)),
  };
}
