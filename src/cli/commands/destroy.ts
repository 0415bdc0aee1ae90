/** `ha-architect destroy`: Delete every resource carrying the design's tag, in reverse dependency order. */
import type { CliCommand } from '../command';
import { provisionUsage } from '../provision-args';
import { runProvision } from '../provision-flow';

const command: CliCommand = {
  name: 'destroy',
  summary: "Delete every resource carrying the design's tag, in reverse dependency order",
  usage: provisionUsage('destroy'),
  run: (argv, io) => runProvision('destroy', argv, io),
};

export default command;
