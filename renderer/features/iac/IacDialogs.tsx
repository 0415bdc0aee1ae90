// Renders the open IaC dialog (mounted once in the app shell) and the report of the last import.
import { Modal } from '../../files/Modal';
import { CloudDialog } from './CloudDialog';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { iacStore } from './store';
import './iac.css';

const close = () => iacStore.getState().open(null);

/** The IaC dialog host. */
export function IacDialogs() {
  const d = iacStore((s) => s.dialog);
  if (!d) return null;
  switch (d.type) {
    case 'export': return <ExportDialog key={d.format} format={d.format} />;
    case 'import': return <ImportDialog />;
    case 'cloud': return <CloudDialog />;
    case 'report':
      return (
        <Modal title={`Imported from ${d.source}`} testId="iac-report" onClose={close} footer={<button type="button" className="is-primary" onClick={close}>OK</button>}>
          <p>{d.report.imported} resources imported.</p>
          {d.report.generic.length > 0 && (
            <>
              <h4>Kept as generic resources (no HA Architect kind)</h4>
              <ul className="iac-list" data-testid="iac-generic">{d.report.generic.map((g) => <li key={g.logicalId}><code>{g.logicalId}</code> {g.type}</li>)}</ul>
            </>
          )}
          {d.report.warnings.length > 0 && (
            <>
              <h4>Warnings</h4>
              <ul className="iac-list" data-testid="iac-warnings">{d.report.warnings.slice(0, 200).map((w, i) => <li key={i}>{w}</li>)}</ul>
              {d.report.warnings.length > 200 && <p className="ha-muted">…and {d.report.warnings.length - 200} more.</p>}
            </>
          )}
        </Modal>
      );
  }
}
