// Bridges: components that render nothing and connect the store to the host (menu, recent files, recovery, autosave) and to the keyboard.
import { useEffect } from 'react';
import { serializeDesign } from '../../src/model';
import { appContext } from '../actions/context';
import { actionForChord, chordOf, isTyping } from '../actions/keyboard';
import { performAction } from '../actions/registry';
import { appStore, selectDirty } from '../store';

export const AUTOSAVE_MS = 4000;
const WHILE_TYPING = new Set(['file.save', 'file.saveAs', 'file.open', 'file.new']);

function useStartup() {
  useEffect(() => {
    const { api, store } = appContext;
    const off = [
      api.on('app:menu-action', (m) => void performAction(appContext, m.action, m.arg)),
      api.on('file:recent-changed', (recent) => store.getState().setUi({ recent })),
    ];
    void api.invoke('app:info', {}).then((info) => store.getState().setUi({ host: info.nativeDialogs ? 'electron' : 'web' }), () => store.getState().setUi({ host: 'web' }));
    void api.invoke('file:recent', {}).then((recent) => store.getState().setUi({ recent }), () => undefined);
    void api.invoke('file:recovery', {}).then((r) => { if (r && !store.getState().dialog) store.getState().setUi({ dialog: { type: 'recovery', ...r } }); }, () => undefined);
    return () => off.forEach((f) => f());
  }, []);
}

function useKeyboard() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (appStore.getState().dialog) return;
      const action = actionForChord(chordOf(e));
      if (!action || (isTyping(e.target) && !WHILE_TYPING.has(action.id))) return;
      e.preventDefault();
      void performAction(appContext, action.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function useAutosave() {
  useEffect(() => {
    let last = appStore.getState().design;
    const timer = setInterval(() => {
      const s = appStore.getState();
      if (!selectDirty(s) || s.design === last) return;
      last = s.design;
      void appContext.api.invoke('file:autosave', { key: s.path ?? `untitled:${s.design.id}`, text: serializeDesign(s.design) }).catch(() => undefined);
    }, AUTOSAVE_MS);
    const beforeUnload = (e: BeforeUnloadEvent) => { if (selectDirty(appStore.getState())) e.preventDefault(); };
    window.addEventListener('beforeunload', beforeUnload);
    return () => { clearInterval(timer); window.removeEventListener('beforeunload', beforeUnload); };
  }, []);
}

function useTitle() {
  useEffect(() => {
    const update = () => {
      const s = appStore.getState();
      document.title = `${selectDirty(s) ? '● ' : ''}${s.design.name} — HA Architect`;
    };
    update();
    return appStore.subscribe((s, p) => { if (s.design !== p.design || s.savedHead !== p.savedHead || s.past !== p.past) update(); });
  }, []);
}

export function Bridges() {
  useStartup();
  useKeyboard();
  useAutosave();
  useTitle();
  return null;
}
