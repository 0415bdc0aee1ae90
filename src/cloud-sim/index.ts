/**
 * The Sandbox: an AWS-compatible local cloud on 127.0.0.1. `startSandbox` is
 * the one entry point the provisioner, the health monitor, the app and the CLI use.
 */
import type { AddressInfo } from 'node:net';
import { createClock } from './core/clock';
import { SANDBOX_CREDENTIALS } from './core/credentials';
import { serviceTable } from './core/dispatch';
import { ACCOUNT_ID } from './core/ids';
import { Persister, readStateFile } from './core/persist';
import { REGIONS, azsOf } from './core/regions';
import type { Credentials, SandboxCore, ServiceDefinition } from './core/service';
import { StateStore } from './core/store';
import { World } from './faults/world';
import { createSandboxServer } from './server';
import { SERVICES } from './services';

export type { Fault, FaultSpec, FaultChange } from './faults/types';
export type { World } from './faults/world';
export { SANDBOX_CREDENTIALS } from './core/credentials';
export { sandboxControl, DEFAULT_SANDBOX_PORT, type SandboxInfoReply } from './control-client';
export { FAULT_KINDS } from './faults/types';

/** Options of startSandbox. */
export interface SandboxOptions {
  /** TCP port; 0 (default) picks an ephemeral one. */
  port?: number;
  /** Only 127.0.0.1 is allowed: the Sandbox never listens on other interfaces. */
  host?: '127.0.0.1';
  /** JSON state file: loaded at start, saved atomically (debounced) on change. */
  stateFile?: string;
  /** Lifecycle delay multiplier: 1 realistic-but-short, 0.01 for tests. */
  timeScale?: number;
  /** Test hook: a custom time source (epoch ms). */
  now?: () => number;
  /** Debounce of state-file writes in ms (default 200). */
  saveDebounceMs?: number;
  /** Test hook: serve these service modules instead of the built-in list. */
  services?: readonly ServiceDefinition[];
}

/** A running Sandbox. */
export interface Sandbox {
  endpoint: string;
  port: number;
  credentials: Credentials;
  accountId: string;
  regions: string[];
  /** Fault state and events (`world.isAzDown(region, az)`, `world.on('change', …)`). */
  world: World;
  /** Stops the server and flushes the state file. */
  close(): Promise<void>;
}

/** Starts a Sandbox on 127.0.0.1 and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error(`startSandbox: host must be 127.0.0.1, got ${String(host)}`);
  const timeScale = options.timeScale ?? 1;
  const store = new StateStore();
  if (options.stateFile) {
    const data = readStateFile(options.stateFile);
    if (data) store.load(data);
  }
  const world = new World(store);
  const core: SandboxCore = {
    accountId: ACCOUNT_ID, regions: REGIONS, credentials: SANDBOX_CREDENTIALS,
    clock: createClock(timeScale, options.now), world, store, azs: azsOf,
  };
  const services = options.services ?? SERVICES;
  const table = serviceTable(services);
  for (const def of services) def.attach?.(core);
  const persister = options.stateFile ? new Persister(store, options.stateFile, options.saveDebounceMs) : undefined;
  let endpoint = '';
  const server = createSandboxServer(core, table, () => ({ endpoint, timeScale }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  endpoint = `http://${host}:${port}`;
  return {
    endpoint, port, credentials: { ...SANDBOX_CREDENTIALS }, accountId: ACCOUNT_ID, regions: [...REGIONS], world,
    close: async () => {
      world.removeAllListeners();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      persister?.close();
    },
  };
}
