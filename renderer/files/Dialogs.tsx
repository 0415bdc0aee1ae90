// Renders the current dialog of the UI slice.
import { appStore, useApp } from '../store';
import { Modal } from './Modal';
import { PathDialog } from './PathDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { TemplateDialog } from './TemplateDialog';

export function Dialogs() {
  const d = useApp((s) => s.dialog);
  if (!d) return null;
  switch (d.type) {
    case 'open':
    case 'save':
    case 'export':
      return <PathDialog mode={d} />;
    case 'template':
      return <TemplateDialog />;
    case 'recovery':
      return <RecoveryDialog recovery={d} />;
    case 'error': {
      const close = () => appStore.getState().setUi({ dialog: null });
      return (
        <Modal title={d.title} testId={d.tone === 'info' ? 'dialog-info' : 'dialog-error'} onClose={close} footer={<button type="button" className="is-primary" onClick={close} data-testid="dialog-close">OK</button>}>
          <p className={d.tone === 'info' ? '' : 'ha-error'} data-testid="dialog-message">{d.message}</p>
          {d.detail && <p className="ha-muted">{d.detail}</p>}
        </Modal>
      );
    }
  }
}
