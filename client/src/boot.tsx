import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeImportToken } from './api/import-client.ts';
import { queryClient } from './api/use-api.ts';
import { App } from './components/App.tsx';
import { createBrowserHistory } from './state/browser-history.ts';
import './styles.css';

/** The explorer itself, loaded by main.ts once the opening network is on its way. */

// The import token arrives once in the link the server printed; kept for this tab only, and taken
// out of the address before anything reads it, so no copied link or history entry carries it.
takeImportToken();
// One history per page: created outside React so StrictMode's double rendering cannot make two.
const history = createBrowserHistory();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App history={history} />
    </QueryClientProvider>
  </StrictMode>,
);
