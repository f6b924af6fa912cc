/**
 * The import token: what lets a browser write plans. Generated at start and printed with the
 * explorer's URL (as Jupyter does) unless IMPORT_TOKEN sets one; IMPORT_TOKEN=off turns imports off.
 * Sent as `Authorization: Bearer <token>`, never as a cookie, so another site cannot make a browser
 * send it (and cross-site requests are refused on top of that, see same-origin.ts).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SettingError } from '../../../../shared/errors.ts';

/** Imports are on with this token, or off. */
export type ImportAccess = { enabled: true; token: string; generated: boolean } | { enabled: false };

/** Shortest token accepted from IMPORT_TOKEN: a guessable one would let anyone on the network write. */
const MIN_TOKEN_LENGTH = 16;

/** Reads IMPORT_TOKEN: unset or empty → a fresh random token; "off" → imports disabled. */
export function importAccess(env: NodeJS.ProcessEnv = process.env): ImportAccess {
  const value = env.IMPORT_TOKEN?.trim();
  if (!value) return { enabled: true, token: randomBytes(24).toString('base64url'), generated: true };
  if (value.toLowerCase() === 'off') return { enabled: false };
  if (value.length < MIN_TOKEN_LENGTH) {
    throw new SettingError(
      `IMPORT_TOKEN is too short: use at least ${MIN_TOKEN_LENGTH} characters, "off" to disable imports, or leave it unset for a generated one`,
    );
  }
  return { enabled: true, token: value, generated: false };
}

/**
 * True when `presented` is the token, compared in constant time: both sides are hashed first, so
 * neither the comparison nor the lengths leak how much of a guess was right.
 */
export function tokenMatches(access: ImportAccess, presented: string | undefined): boolean {
  if (!access.enabled || presented === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(access.token));
}

/** The token from an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The line printed at start: the URL that carries the token into the explorer, or why imports are off. */
export function importAccessLine(access: ImportAccess, baseUrl: string): string {
  if (!access.enabled) return 'imports  disabled (IMPORT_TOKEN=off): plans can be added with npm run import only';
  return access.generated
    ? `imports  ${baseUrl}/?token=${access.token}  (open this link to add plans from the explorer; the token changes at every start)`
    : `imports  enabled with the token set in IMPORT_TOKEN: ${baseUrl}/?token=<IMPORT_TOKEN>`;
}
