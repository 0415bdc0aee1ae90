// File › New from template: lists the reference designs (`template:list`) and opens the chosen one as a new, unsaved design.
import { useEffect, useState } from 'react';
import type { TemplateInfo } from '../../src/ipc/channels/files';
import { parseDesign, randomSuffix } from '../../src/model';
import { appContext } from '../actions/context';
import { appStore } from '../store';
import { fitAfterLoad } from '../canvas/fit';
import { Modal } from './Modal';
import { confirmDiscard, showProblem } from './ops';

const close = () => appStore.getState().setUi({ dialog: null });

async function useTemplate(t: TemplateInfo) {
  close();
  if (!confirmDiscard(appContext)) return;
  const { text } = await appContext.api.invoke('template:read', { id: t.id });
  const r = parseDesign(text);
  if (!r.ok) { showProblem(appContext, `template ${t.id}`, r.problem); return; }
  // A new design: its own id, no path, so Save asks where.
  appStore.getState().load({ ...r.design, id: `${r.design.id}-${randomSuffix(4)}` });
  fitAfterLoad(appContext.flow, r.design.nodes.length);
}

export function TemplateDialog() {
  const [list, setList] = useState<readonly TemplateInfo[] | string | null>(null);
  useEffect(() => {
    appContext.api.invoke('template:list', {}).then(setList, (err: Error) => setList(err.message));
  }, []);
  return (
    <Modal title="New from template" testId="dialog-template" onClose={close} footer={<button type="button" onClick={close}>Cancel</button>}>
      {list === null && <p className="ha-muted">Loading templates…</p>}
      {typeof list === 'string' && <p className="ha-error">{list}</p>}
      {Array.isArray(list) && (
        <ul className="ha-template-list">
          {list.map((t) => (
            <li key={t.id}><button type="button" data-testid={`template-${t.id}`} onClick={() => void useTemplate(t)}><strong>{t.name}</strong><span>{t.description}</span></button></li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
