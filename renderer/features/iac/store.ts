// The IaC feature's own small store: which IaC dialog is open and the last import's report.
import { create } from 'zustand';
import type { ImportReport } from '../../../src/iac/import/ir';

/** The IaC dialogs. */
export type IacDialog =
  | { readonly type: 'export'; readonly format: 'terraform' | 'cloudformation' }
  | { readonly type: 'import' }
  | { readonly type: 'cloud' }
  | { readonly type: 'report'; readonly source: string; readonly report: ImportReport };

interface IacState {
  readonly dialog: IacDialog | null;
  open(dialog: IacDialog | null): void;
}

/** The IaC feature store. */
export const iacStore = create<IacState>((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
}));
