/** `ha-architect apply`: Create, update, replace and delete resources so the target matches the design. */
import type { CliCommand } from '../command';
import { provisionUsage } from '../provision-args';
import { runProvision } from '../provision-flow';

const command: CliCommand = {
  name: 'apply',
  summary: 'Create, update, replace and delete resources so the target matches the design',
  usage: provisionUsage('apply'),
  run: (argv, io) => runProvision('apply', argv, io),
};

export default command;
