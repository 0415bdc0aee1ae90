// Where the app keeps its own state (recent files, recovery copy): HA_ARCHITECT_HOME, or the
// platform's usual per-user application-data folder.
import os from 'node:os';
import path from 'node:path';

/** The user-data folder for this user (HA_ARCHITECT_HOME overrides it, e.g. in tests). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.HA_ARCHITECT_HOME) return path.resolve(env.HA_ARCHITECT_HOME);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'HA Architect');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'HA Architect');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ha-architect');
}

/** The folder of the shipped reference designs, relative to the app root (the folder with package.json). */
export function templatesDirOf(appRoot: string): string {
  return path.join(appRoot, 'resources', 'templates');
}

/** Rejects paths a file channel must never take: relative ones (resolved against who knows what) and NUL bytes. */
export function checkUserPath(p: string): string | null {
  if (p.includes('\0')) return 'the path contains a NUL byte';
  if (!path.isAbsolute(p)) return `"${p}" is not an absolute path`;
  return null;
}
