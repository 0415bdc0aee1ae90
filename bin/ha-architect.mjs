#!/usr/bin/env node
// The `ha-architect` CLI: runs the TypeScript sources directly through tsx, so a
// checkout needs no build step after `npm install`.
import { register } from 'tsx/esm/api';

register();
// The SDK warns on every client about Node 20's end of support; a CLI in a pipeline should print only its own output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { runCli, processIo } = await import('../src/cli/main.ts');
try {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
} catch (err) {
  process.stderr.write(`ha-architect: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
}
