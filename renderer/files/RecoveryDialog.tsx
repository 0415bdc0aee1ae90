// Offered on start when an autosave copy survived a crash: restore it (unsaved) or discard it.
import { appContext } from '../actions/context';
import { appStore } from '../store';
import { Modal } from './Modal';
import { openText } from './ops';

export function RecoveryDialog({ recovery }: { readonly recovery: { readonly key: string; readonly text: string; readonly savedAt: string } }) {
  const close = () => appStore.getState().setUi({ dialog: null });
  const discard = () => { close(); void appContext.api.invoke('file:discard-recovery', {}).catch(() => undefined); };
  const restore = () => {
    close();
    const path = recovery.key.startsWith('untitled:') ? undefined : recovery.key;
    openText(appContext, recovery.text, path, { dirty: true });
  };
  return (
    <Modal title="Restore unsaved work?" testId="dialog-recovery" onClose={close} footer={
      <><button type="button" onClick={discard} data-testid="recovery-discard">Discard</button><button type="button" className="is-primary" onClick={restore} data-testid="recovery-restore">Restore</button></>
    }>
      <p>HA Architect closed with unsaved changes to <strong>{recovery.key.startsWith('untitled:') ? 'an unsaved design' : recovery.key}</strong>.</p>
      <p className="ha-muted">Autosaved {new Date(recovery.savedAt).toLocaleString()}.</p>
    </Modal>
  );
}
