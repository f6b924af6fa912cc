/**
 * Errors that Express meets before GraphQL does (a body too large, a charset it cannot decode,
 * malformed JSON, an unknown route) answered as GraphQL-shaped JSON with a stable code, never
 * Express's HTML page, which carries the stack trace and absolute paths.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, echo } from '../api/errors.ts';

const CODES: Record<number, string> = {
  400: ErrorCode.badRequest,
  413: ErrorCode.payloadTooLarge,
  415: ErrorCode.unsupportedMediaType,
};

export function jsonErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = Number((error as { status?: number }).status ?? (error as { statusCode?: number }).statusCode);
    if (status >= 400 && status < 500) {
      const message =
        status === 413
          ? `request body too large: at most ${maxBodyBytes / 1024} KB`
          : `${status === 400 ? 'malformed request body: ' : ''}${echo((error as Error).message)}`;
      response.status(status).json({ errors: [{ message, extensions: { code: CODES[status] ?? ErrorCode.badRequest } }] });
      return;
    }
    console.error('[accountability-graph] internal error:', error);
    response.status(500).json({ errors: [{ message: 'internal server error', extensions: { code: ErrorCode.internal } }] });
  };
}

export const notFoundJson: RequestHandler = (request, response) => {
  response.status(404).json({ errors: [{ message: `no such resource: ${request.method} ${echo(request.path)}`, extensions: { code: ErrorCode.notFound } }] });
};
