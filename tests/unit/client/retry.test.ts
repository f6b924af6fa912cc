/**
 * The explorer asks again only when the server was busy: through the explorer's own QueryClient
 * (its defaults), with a query whose answers are scripted, on fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../client/src/api/client.ts';
import { queryClient } from '../../../client/src/api/use-api.ts';

/** Fetches through the explorer's QueryClient a query that fails with `codes` in turn, then answers. */
async function fetchFailing(codes: string[]): Promise<{ calls: number[]; outcome: unknown }> {
  const calls: number[] = [];
  const failures = [...codes];
  const fetching = queryClient
    .fetchQuery({
      queryKey: ['retry-test', codes.join(','), Math.random()],
      queryFn: async () => {
        calls.push(Date.now());
        const code = failures.shift();
        if (code) throw new ApiError(`failed with ${code}`, code);
        return 'answer';
      },
    })
    .then(
      (value) => value,
      (error: unknown) => error,
    );
  await vi.advanceTimersByTimeAsync(10_000);
  return { calls, outcome: await fetching };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  queryClient.clear();
});

describe('asking again', () => {
  it('asks a busy server (503 OVERLOADED) twice more, after 1 s and 2 s', async () => {
    const { calls, outcome } = await fetchFailing(['OVERLOADED', 'OVERLOADED']);
    expect(outcome).toBe('answer');
    expect(calls).toHaveLength(3);
    expect([calls[1]! - calls[0]!, calls[2]! - calls[1]!]).toEqual([1000, 2000]);
  });

  it('gives up on a server busy three times running, with its error', async () => {
    const { calls, outcome } = await fetchFailing(['OVERLOADED', 'OVERLOADED', 'OVERLOADED']);
    expect(calls).toHaveLength(3);
    expect((outcome as ApiError).code).toBe('OVERLOADED');
  });

  it('asks once more after a read timed out, not twice', async () => {
    expect((await fetchFailing(['QUERY_TIMEOUT'])).outcome).toBe('answer');
    const twice = await fetchFailing(['QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
    expect(twice.calls).toHaveLength(2);
    expect((twice.outcome as ApiError).code).toBe('QUERY_TIMEOUT');
  });

  it('never asks again a question the server refused, nor during an outage', async () => {
    for (const code of ['BAD_USER_INPUT', 'COST_LIMIT', 'AGENCY_NOT_FOUND', 'DATABASE_UNAVAILABLE', 'NETWORK', 'HTTP_502']) {
      const { calls, outcome } = await fetchFailing([code]);
      expect(calls, code).toHaveLength(1);
      expect((outcome as ApiError).code, code).toBe(code);
    }
  });
});
