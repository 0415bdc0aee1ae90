// Help › About.
import type { Action } from './types';

export const about: Action = {
  id: 'help.about', label: 'About HA Architect',
  async perform(ctx) {
    const info = await ctx.api.invoke('app:info', {});
    ctx.store.getState().setUi({ dialog: { type: 'error', title: 'HA Architect', message: `Version ${info.version} (${info.host}, ${info.platform})`, detail: 'Design highly available AWS architectures, prove they have no single point of failure, provision them and watch them live.', tone: 'info' } });
  },
};
