import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/use-api.ts';
import { App } from './components/App.tsx';
import { createBrowserHistory } from './state/browser-history.ts';
import './styles.css';

/** The explorer itself, loaded by main.ts once the opening network is on its way. */

// One history per page: created outside React so StrictMode's double rendering cannot make two.
const history = createBrowserHistory();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App history={history} />
    </QueryClientProvider>
  </StrictMode>,
);
