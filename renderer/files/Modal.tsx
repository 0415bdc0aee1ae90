// A modal dialog frame: title, body, buttons; Escape closes.
import { useEffect, type ReactNode } from 'react';

export function Modal({ title, testId, onClose, children, footer }: { readonly title: string; readonly testId: string; readonly onClose: () => void; readonly children: ReactNode; readonly footer: ReactNode }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return (
    <div className="ha-modal-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div className="ha-modal" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2>{title}</h2>
        <div className="ha-modal-body">{children}</div>
        <div className="ha-modal-footer">{footer}</div>
      </div>
    </div>
  );
}
