// Toasts: short messages (refused drops, saved, errors), dismissed by click or after a few seconds.
import { appStore, useApp } from '../store';

export function Toasts() {
  const toasts = useApp((s) => s.toasts);
  return (
    <div className="ha-toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`ha-toast ha-toast-${t.kind}`} data-testid="toast" data-kind={t.kind} onClick={() => appStore.getState().dismissToast(t.id)}>{t.text}</div>
      ))}
    </div>
  );
}
