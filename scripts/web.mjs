// `npm run web`: build the renderer if needed, start the browser host on 127.0.0.1, print its URL
// (with the per-launch token), and stay up until Ctrl-C. `--port N` (or PORT) picks a fixed port.
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { ensureBuilt } from './build-main.mjs';

function portFromArgs(argv, env) {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : env.PORT;
  const port = raw === undefined ? 0 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected a port number, got "${raw}"`);
  return port;
}

/** Starts the browser host and keeps it up until SIGINT / SIGTERM. */
export async function runWebHost({ argv = process.argv.slice(2), env = process.env } = {}) {
  await ensureBuilt();
  const { startWebHost } = await tsImport('../main/web/server.ts', import.meta.url);
  const host = await startWebHost({ port: portFromArgs(argv, env) });
  console.log(`HA Architect (browser host) at ${host.url}`);
  console.log('Open that URL (it carries the access token). Ctrl-C to stop.');
  const stop = async () => {
    await host.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runWebHost().catch((err) => {
    console.error(`npm run web: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
