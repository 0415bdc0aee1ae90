// The toolbar's IaC group: Import, Import from cloud, Export Terraform, Export CloudFormation.
import { appContext } from '../../actions/context';
import { performAction } from '../../actions/registry';

const BUTTONS = [
  ['file.importIac', 'Import'], ['file.importCloud', 'From cloud'], ['file.exportTerraform', 'Terraform'], ['file.exportCloudFormation', 'CloudFormation'],
] as const;

/** Text buttons for the IaC actions. */
export function IacToolbar() {
  return (
    <div className="ha-tb-group iac-tb" data-testid="iac-toolbar">
      {BUTTONS.map(([id, label]) => <button type="button" key={id} className="ha-tb-btn iac-tb-btn" data-testid={`tb-${id}`} onClick={() => void performAction(appContext, id)}>{label}</button>)}
    </div>
  );
}
