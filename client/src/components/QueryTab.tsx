import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { exampleQueries } from '../api/example-queries.ts';

// Same origin as the explorer: no CDN, no separate landing page. A JSON POST passes Apollo's CSRF guard.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

// One tab per worked example (every traversal and two ad hoc queries; the integration tests run them).
const exampleTabs = exampleQueries.map((example) => ({
  query: example.query,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
}));

/** The Query tab: GraphiQL on the explorer's own API (loaded on first use; it is large). */
export function QueryTab() {
  // GraphiQL fills the variables editor of the first tab from `initialVariables` only (not from
  // `defaultTabs`); pass it on a first visit, when no saved tabs will replace the examples.
  const firstVisit = localStorage.getItem('graphiql:tabState') === null;
  return (
    <div className="query-tab">
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={exampleTabs}
        initialVariables={firstVisit ? (exampleTabs[0]?.variables ?? undefined) : undefined}
        defaultEditorToolsVisibility="variables"
      />
    </div>
  );
}
