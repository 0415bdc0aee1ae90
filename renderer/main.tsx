// Renderer entry: styles, the app shell, and the validator wired to the store.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/panels.css';
import { App } from './shell/App';
import { appStore } from './store';
import { startValidationWorker } from './store/validation-worker';
import { isWallPage } from './features/health/wall-mode';
import { WallView } from './features/health/WallView';

startValidationWorker(appStore);

// `?view=wall`: the read-only wall screen of the watched design (served by the browser host too).
createRoot(document.getElementById('root')!).render(<StrictMode>{isWallPage(window.location.search) ? <WallView standalone /> : <App />}</StrictMode>);
