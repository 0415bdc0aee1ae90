// Bundles the Electron main process and preload into out/main/*.cjs (esbuild), and decides when the
// renderer (out/renderer, vite) or main bundles are stale. `node scripts/build-main.mjs` builds main.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_MAIN = path.join(ROOT, 'out', 'main');

/** Newest modification time of the files under `paths` (folders walked; node_modules and tests skipped). */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) walk(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      max = Math.max(max, st.mtimeMs);
    }
  };
  for (const p of paths) walk(path.join(ROOT, p));
  return max;
}

function olderThanSources(output, sources) {
  const st = statSync(path.join(ROOT, output), { throwIfNoEntry: false });
  return !st || st.mtimeMs < newest(sources);
}

/** True when out/renderer is missing or older than its sources. */
export function rendererStale() {
  return olderThanSources('out/renderer/index.html', ['renderer', 'src', 'vite.config.ts', 'package.json']);
}

/** True when out/main is missing or older than its sources. */
export function mainStale() {
  return olderThanSources('out/main/main.cjs', ['main', 'src', 'package.json']) || !existsSync(path.join(OUT_MAIN, 'preload.cjs'));
}

/** Builds the renderer with vite (throws when the build fails). */
export function buildRenderer() {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('renderer build failed (vite build)');
}

/** Bundles main.cjs and preload.cjs; the preload's channel allow-lists come from src/ipc/api.ts. */
export async function buildMain() {
  const ipc = await tsImport('../src/ipc/api.ts', import.meta.url);
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], sourcemap: 'linked', logLevel: 'warning', absWorkingDir: ROOT };
  const [main, preload] = await Promise.all([
    build({ ...common, metafile: true, entryPoints: ['main/electron/main.ts'], outfile: path.join(OUT_MAIN, 'main.cjs') }),
    build({
      metafile: true,
      ...common,
      entryPoints: ['main/electron/preload.ts'],
      outfile: path.join(OUT_MAIN, 'preload.cjs'),
      define: {
        __HA_REQUEST_CHANNELS__: JSON.stringify(Object.keys(ipc.REQUESTS)),
        __HA_EVENT_CHANNELS__: JSON.stringify(Object.keys(ipc.EVENTS)),
      },
    }),
  ]);
  // What each bundle still loads at runtime (tests check the package needs no node_modules).
  const externals = (meta) => [...new Set(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))].sort();
  writeFileSync(path.join(OUT_MAIN, 'externals.json'), JSON.stringify({ 'main.cjs': externals(main.metafile), 'preload.cjs': externals(preload.metafile) }, null, 2) + '\n');
}

/** Builds whatever is missing or stale (the renderer always; main when `main` is set). */
export async function ensureBuilt({ main = false } = {}) {
  if (rendererStale()) buildRenderer();
  if (main && mainStale()) await buildMain();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildMain();
}
