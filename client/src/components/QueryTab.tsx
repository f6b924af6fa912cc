import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { DEFAULT_QUERY } from '../api/documents.ts';

// Same origin as the explorer: no CDN, no separate landing page. A JSON POST passes Apollo's CSRF guard.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

/** The Query tab: GraphiQL on the explorer's own API (loaded on first use; it is large). */
export function QueryTab() {
  return (
    <div className="query-tab">
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false} />
    </div>
  );
}
