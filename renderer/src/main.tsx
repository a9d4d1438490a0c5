import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { Client } from './client/client';
import { pickTransport } from './client/pick-transport';
import './global.css';

// The transport is chosen once: Electron's bridge, or the browser-mode server's.
const client = new Client(pickTransport(window));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
