import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from '../../shared/api/client';
import { ApiProvider } from './api/ApiContext';
import { pickTransport } from './api/pickTransport';
import { SaveTracker, trackSaves } from './api/saveTracker';
import { App } from './App';
import './styles/app.css';
import './styles/brief.css';
import './styles/layout.css';
import './styles/review.css';

const saves = new SaveTracker();
const client = new ApiClient(trackSaves(pickTransport(), saves));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider client={client} saves={saves}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
}
