import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from '../../shared/api/client';
import { ApiProvider } from './api/ApiContext';
import { pickTransport } from './api/pickTransport';
import { App } from './App';
import './styles/app.css';
import './styles/brief.css';

const client = new ApiClient(pickTransport());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
}
