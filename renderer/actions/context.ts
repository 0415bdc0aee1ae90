// The action context of the running app: the app store, the host API and the live canvas.
import { api } from '../api';
import { getFlow } from '../canvas/flow-ref';
import { appStore } from '../store';
import type { ActionContext } from './types';

export const appContext: ActionContext = { store: appStore, api, flow: getFlow };
