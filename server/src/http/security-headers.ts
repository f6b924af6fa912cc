/**
 * Security headers (helmet) for the explorer, GraphiQL and the API. The Content-Security-Policy
 * allows this origin only: the explorer and GraphiQL are bundled, so nothing is fetched from
 * elsewhere. Monaco (GraphiQL's editor) starts its language workers from blob: URLs and sets
 * inline styles, hence `worker-src blob:` and `style-src 'unsafe-inline'` (monaco-editor#271);
 * Cytoscape's PNG export and icons use data: and blob: images.
 */
import helmet from 'helmet';

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Served over plain HTTP on loopback by default; HSTS belongs to the TLS proxy in front, if any.
    strictTransportSecurity: false,
  });
}
