import type { MessageCode } from '@eruz/domain';

export interface HttpErrorOptions {
  /** Parameters of the localized message. */
  params?: Readonly<Record<string, string | number>>;
  fieldErrors?: readonly FieldErrorSpec[];
  headers?: Readonly<Record<string, string>>;
  cause?: unknown;
}

/** A field error before localization: the field and a message code with its parameters. */
export interface FieldErrorSpec {
  field: string;
  code: MessageCode;
  params?: Readonly<Record<string, string | number>>;
}

/**
 * The base error of the HTTP layer. Its `code` names a message of the catalog that the
 * caller sees, localized; `expose` says whether the message may be shown at all.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly fieldErrors: readonly FieldErrorSpec[];
  readonly headers: Readonly<Record<string, string>>;
  readonly expose: boolean;

  constructor(status: number, code: MessageCode, options: HttpErrorOptions = {}) {
    super(code, { cause: options.cause });
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.params = options.params ?? {};
    this.fieldErrors = options.fieldErrors ?? [];
    this.headers = options.headers ?? {};
    this.expose = status < 500;
  }
}

/** 400 with the list of fields to fix. */
export class ValidationError extends HttpError {
  constructor(fieldErrors: readonly FieldErrorSpec[], cause?: unknown) {
    super(400, 'request.invalid', { fieldErrors, cause });
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends HttpError {
  constructor(code: MessageCode, params?: Readonly<Record<string, string | number>>) {
    super(404, code, params ? { params } : {});
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends HttpError {
  constructor(code: MessageCode = 'auth.forbidden') {
    super(403, code);
    this.name = 'ForbiddenError';
  }
}

export class UnauthorizedError extends HttpError {
  constructor() {
    super(401, 'auth.required');
    this.name = 'UnauthorizedError';
  }
}
