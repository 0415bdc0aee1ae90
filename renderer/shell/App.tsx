// The app shell: toolbar on top, palette left, canvas centre, inspector right, feature panels below.
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { Dialogs } from '../files/Dialogs';
import { IacDialogs } from '../features/iac/IacDialogs';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { BottomPanel } from './BottomPanel';
import { Bridges } from './Bridges';
import { EmptyHint } from './EmptyHint';
import { Toasts } from './Toasts';
import { Toolbar } from './Toolbar';

export function App() {
  return (
    <ReactFlowProvider>
      <div className="ha-app">
        <Toolbar />
        <div className="ha-main">
          <Palette />
          <div className="ha-centre">
            <div className="ha-canvas-area">
              <Canvas />
              <EmptyHint />
            </div>
            <BottomPanel />
          </div>
          <Inspector />
        </div>
        <Toasts />
        <Dialogs />
        <IacDialogs />
        <Bridges />
      </div>
    </ReactFlowProvider>
  );
}
