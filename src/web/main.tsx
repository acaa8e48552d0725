import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchFirstScreen } from './api/first-screen-prefetch';
import { createQueryClient } from './api/query-client';
import { App } from './app';
import { i18nReady } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// The central screen's data is on its way while the translations load and the app renders.
prefetchFirstScreen(queryClient, window.location.pathname);

// The first render waits for the reader's translations (one small chunk), never showing keys.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
