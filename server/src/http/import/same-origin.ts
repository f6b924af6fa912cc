/**
 * Refuses cross-site requests to the import endpoint. A browser says where a request comes from
 * (Origin, and Sec-Fetch-Site in every current browser); a request another site makes a browser send
 * is refused before its body is read, whatever it carries. Tools that are not browsers (curl) send
 * neither header and pass on to the token check.
 */
import type { Request } from 'express';

/** Why the request is refused, or null when it may go on. */
export function crossSiteRefusal(request: Request): string | null {
  const site = request.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return `cross-site request refused (Sec-Fetch-Site: ${site})`;
  const origin = request.get('origin');
  if (!origin) return null;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return `cross-site request refused (Origin: ${origin})`;
  }
  return host === request.get('host') ? null : `cross-site request refused: Origin ${origin} is not this server`;
}
