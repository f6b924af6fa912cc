import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { admissionControl } from '../../../server/src/http/admission.ts';

const limits = { maxInFlight: 2, maxQueue: 2, maxQueueWaitMs: 1000, retryAfterSeconds: 1 };
let close: (() => void) | null = null;

afterEach(() => {
  close?.();
  close = null;
});

/** An app like the API's: JSON body, then an asynchronous middleware (the answer cache's version check), then admission. */
async function serve(): Promise<string> {
  const app = express();
  const admission = admissionControl(limits);
  app.post(
    '/graphql',
    express.json(),
    (_request, _response, next) => {
      setTimeout(next, 20);
    },
    admission.middleware,
    (request, response) => {
      response.json({ echo: request.body as unknown });
    },
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

describe('admission control', () => {
  it('admits a POST whose body was read before it reached admission (Node has destroyed that request by then)', async () => {
    const url = await serve();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ a }"}',
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ echo: { query: '{ a }' } });
  });
});
