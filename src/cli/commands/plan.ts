/** `ha-architect plan`: Show what apply would change: the design against what exists (by ownership tags), with drift. */
import type { CliCommand } from '../command';
import { provisionUsage } from '../provision-args';
import { runProvision } from '../provision-flow';

const command: CliCommand = {
  name: 'plan',
  summary: 'Show what apply would change: the design against what exists (by ownership tags), with drift',
  usage: provisionUsage('plan'),
  run: (argv, io) => runProvision('plan', argv, io),
};

export default command;
