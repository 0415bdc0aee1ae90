// Placeholder entry (the renderer engineer replaces it): shows which host serves the page.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';

function App() {
  const [host, setHost] = useState('…');
  useEffect(() => {
    api.invoke('app:info', {}).then((info) => setHost(`${info.host} ${info.version}`), (err: Error) => setHost(err.message));
  }, []);
  return <p data-testid="host-info">HA Architect — {host}</p>;
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
