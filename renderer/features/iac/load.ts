// Puts an imported design on the canvas (as an unsaved design, after asking about unsaved changes) and shows its report.
import { serializeDesign } from '../../../src/model';
import type { ImportResult } from '../../../src/iac/import/build';
import type { ActionContext } from '../../actions/types';
import { confirmDiscard, openText } from '../../files/ops';
import { iacStore } from './store';

/** Loads the result; returns false when the user kept the current design. */
export function loadImported(ctx: ActionContext, result: ImportResult, source: string): boolean {
  if (!confirmDiscard(ctx)) return false;
  if (!openText(ctx, serializeDesign(result.design), undefined, { dirty: true })) return false;
  const { report } = result;
  if (report.generic.length || report.warnings.length) iacStore.getState().open({ type: 'report', source, report });
  else {
    iacStore.getState().open(null);
    ctx.store.getState().toast('info', `Imported ${report.imported} resources from ${source}.`);
  }
  return true;
}
