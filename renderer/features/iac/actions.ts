// The IaC commands: File › Import (CloudFormation, Terraform state or plan), Import from cloud, Export Terraform / CloudFormation.
import type { Action } from '../../actions/types';
import { iacStore } from './store';

const open = (dialog: Parameters<ReturnType<typeof iacStore.getState>['open']>[0]): void => iacStore.getState().open(dialog);

/** Every IaC action (registered in renderer/actions/registry.ts). */
export const IAC_ACTIONS: readonly Action[] = [
  { id: 'file.importIac', label: 'Import CloudFormation / Terraform…', perform: () => open({ type: 'import' }) },
  { id: 'file.importCloud', label: 'Import from cloud…', perform: () => open({ type: 'cloud' }) },
  { id: 'file.exportTerraform', label: 'Export Terraform…', perform: () => open({ type: 'export', format: 'terraform' }) },
  { id: 'file.exportCloudFormation', label: 'Export CloudFormation…', perform: () => open({ type: 'export', format: 'cloudformation' }) },
];
