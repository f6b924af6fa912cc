/**
 * The layers import one way (README, "Architecture"); `npm run lint` fails on an import against
 * them. Each rule names a direction that is not allowed, and why.
 *
 *   shared/           imports nothing of ours
 *   server/src/ingest imports shared only (a pure parser)
 *   server/src/graph  imports ingest, shared
 *   server/src/api    imports graph, ingest, shared
 *   server/src/http   imports api, graph, shared
 *   server/src/cli, main.ts   wire everything together
 *   client/src        imports no server code, and only the browser-safe part of shared
 *   tests/, bench/, codegen.ts  import anything
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
const ours = '^(server|client|shared|tests|bench)/';

module.exports = {
  forbidden: [
    {
      name: 'shared-imports-nothing-of-ours',
      comment: 'shared/ holds helpers every part may import; importing back would tie them to one part',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: ours, pathNot: '^shared/' },
    },
    {
      name: 'ingest-is-pure',
      comment: 'the parser turns text into records; it knows no database, API or HTTP (shared helpers only)',
      severity: 'error',
      from: { path: '^server/src/ingest/' },
      to: { path: ours, pathNot: '^(server/src/ingest|shared)/' },
    },
    {
      name: 'graph-below-api',
      comment: 'the database layer serves the API; it must not depend on it (nor on HTTP, the CLI or main)',
      severity: 'error',
      from: { path: '^server/src/graph/' },
      to: { path: ours, pathNot: '^(server/src/(graph|ingest)|shared)/' },
    },
    {
      name: 'api-below-http',
      comment: 'the GraphQL layer is served by HTTP; it must not depend on it (nor on the CLI or main)',
      severity: 'error',
      from: { path: '^server/src/api/' },
      to: { path: ours, pathNot: '^(server/src/(api|graph|ingest)|shared)/' },
    },
    {
      name: 'http-below-entry-points',
      comment: 'HTTP is wired up by main.ts; it must not depend on the entry points',
      severity: 'error',
      from: { path: '^server/src/http/' },
      to: { path: '^server/src/(cli/|main\\.ts)|^(client|tests|bench)/' },
    },
    {
      name: 'server-imports-no-client-tests-or-bench',
      comment: 'the server serves the built explorer as files; it never imports client, test or bench code',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(client|tests|bench)/' },
    },
    {
      name: 'client-imports-no-server-code',
      comment: 'the explorer talks to the server over HTTP only; the API contract reaches it as generated types',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(server|tests|bench)/' },
    },
    {
      name: 'client-runs-in-the-browser',
      comment: 'nothing the explorer bundles may need a Node built-in, through shared/ either (shared/ports.ts is for the server)',
      severity: 'error',
      from: { path: '^client/src/' },
      // Resolved, a Node built-in is a bare name ("node:net"); our files and packages are paths.
      to: { path: '^(node:)?[a-z_/]+$', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(generated|dist)/|^neo4j/|^\\.data/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
  },
};
