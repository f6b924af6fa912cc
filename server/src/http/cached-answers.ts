/**
 * Serves repeated GraphQL requests from the answer cache (api/answer-cache.ts) before they reach
 * admission control or Apollo: a hit costs a hash and a write, no parsing, no database and no
 * slot among the requests in flight. A miss runs as usual; when Apollo answered a query without
 * errors and no import raced it, the exact bytes sent are kept for the next identical request.
 *
 * Every answer says what it is: `x-cache: hit | miss | bypass | off` and `x-data-version: <n>`
 * (the version the answer belongs to; absent when the version could not be confirmed).
 *
 * Why a cached answer is never stale: it is stored under the version confirmed when its request
 * arrived, only if that version was settled then (its import fully applied, so data read later is
 * that version or newer), every traversal's transaction read that same version and the watcher
 * has not seen a newer one meanwhile; and it is served only while the watcher confirms that
 * version (graph/data-version.ts states the time bound).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { OperationTypeNode } from 'graphql';
import { answerKey, type AnswerCache, type AnswerContext, type AnswerRequest, type VersionObserver } from '../api/answer-cache.ts';
import { sameVersion, type DataVersion, type DataVersionWatcher } from '../graph/data-version.ts';

export interface CachedAnswersOptions {
  /** Null when CACHE=off. */
  cache: AnswerCache | null;
  watcher: DataVersionWatcher;
}

/** One cache miss on its way through Apollo: whether its answer may be kept. */
class AnswerTicket implements VersionObserver {
  /** Set by the plugin: a query answered without errors. */
  cacheable = false;
  private raced = false;

  constructor(readonly version: DataVersion) {}

  observe(version: DataVersion): void {
    if (!sameVersion(version, this.version)) this.raced = true;
  }

  /**
   * Kept only if the version was settled when the request arrived (every change of its import
   * applied, so nothing read can be part-old), every transaction read that version, and the
   * watcher still knows no newer one.
   */
  keepable(latest: DataVersion | null): boolean {
    return this.cacheable && this.version.settled && !this.raced && sameVersion(latest, this.version);
  }
}

/** UTC day of now: part of every key (an answer may depend on the day). */
const today = (): string => new Date().toISOString().slice(0, 10);

function isAnswerRequest(body: unknown): body is AnswerRequest {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

export function cachedAnswers({ cache, watcher }: CachedAnswersOptions): {
  middleware: RequestHandler;
  plugin: ApolloServerPlugin;
  context(response: Response): AnswerContext;
} {
  const middleware: RequestHandler = (request, response, next) => {
    if (cache === null) {
      response.setHeader('x-cache', 'off');
      next();
      return;
    }
    watcher.current().then((version) => {
      // GET requests and batches go the usual way: Apollo answers or refuses them.
      if (version === null || request.method !== 'POST' || !isAnswerRequest(request.body)) {
        cache.bypassed();
        response.setHeader('x-cache', 'bypass');
        next();
        return;
      }
      const key = answerKey(version, request.body, request.get('accept') ?? '', today());
      response.setHeader('x-data-version', String(version.number));
      const hit = cache.lookup(key);
      if (hit) {
        response.statusCode = 200;
        response.setHeader('content-type', hit.contentType);
        response.setHeader('content-length', hit.body.length);
        response.setHeader('x-cache', 'hit');
        response.end(hit.body);
        return;
      }
      response.setHeader('x-cache', 'miss');
      const ticket = new AnswerTicket(version);
      response.locals.answerTicket = ticket;
      // Apollo's Express integration sends a complete answer with one res.send(string): keep those bytes.
      const send = response.send.bind(response);
      response.send = (body?: unknown) => {
        if (typeof body === 'string' && response.statusCode === 200 && ticket.keepable(watcher.latest())) {
          cache.store(key, { body: Buffer.from(body), contentType: String(response.getHeader('content-type') ?? 'application/json'), version });
        }
        return send(body);
      };
      next();
    }, next);
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          const ticket = (contextValue as AnswerContext).answerTicket;
          if (!(ticket instanceof AnswerTicket)) return;
          ticket.cacheable =
            operation?.operation === OperationTypeNode.QUERY &&
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined &&
            (response.http.status === undefined || response.http.status === 200);
        },
      };
    },
  };

  return {
    middleware,
    plugin,
    context: (response) => {
      const ticket = response.locals.answerTicket as AnswerTicket | undefined;
      return ticket ? { answerTicket: ticket } : {};
    },
  };
}
