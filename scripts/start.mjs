// `npm start`: build what is missing or stale, then launch Electron. Where the Electron binary cannot
// be had (not downloaded, and one install attempt fails), say so in one line and start the browser
// host instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ROOT } from './build-main.mjs';
import { runWebHost } from './web.mjs';

const ELECTRON = path.join(ROOT, 'node_modules', 'electron');

/** The Electron executable, or null when its binary is not installed. */
function electronBinary() {
  const pathFile = path.join(ELECTRON, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(ELECTRON, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

function tryInstallElectron() {
  if (!existsSync(path.join(ELECTRON, 'install.js'))) return;
  spawnSync(process.execPath, ['install.js'], { cwd: ELECTRON, stdio: 'ignore', timeout: 20_000 });
}

async function main() {
  let exe = electronBinary();
  if (!exe) {
    tryInstallElectron();
    exe = electronBinary();
  }
  if (!exe) {
    console.log('Electron binary not available on this machine (node_modules/electron/path.txt missing, install failed): starting the browser host instead.');
    await runWebHost();
    return;
  }
  await ensureBuilt({ main: true });
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(exe, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err) => {
  console.error(`npm start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
