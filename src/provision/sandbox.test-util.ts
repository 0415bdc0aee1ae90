/** Test helpers: a Sandbox on 127.0.0.1:0, its client factory and session options with a temp journal dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../cloud-sim';
import { callerIdentity, clientFactory, type CallRecord, type ClientFactory } from './clients';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { HANDLER_LIST } from './handlers';
import type { Handler } from './handler';
import type { SessionOptions } from './session';
import type { StepEvent } from './types';

/** A running Sandbox with everything a provision test needs. */
export interface TestTarget {
  readonly sb: Sandbox;
  readonly factory: ClientFactory;
  readonly options: SessionOptions;
  readonly events: StepEvent[];
  readonly calls: CallRecord[];
  readonly stateDir: string;
  close(): Promise<void>;
}

/** Starts a fast Sandbox and a target on it. */
export async function startTestTarget(timeScale = 0.01): Promise<TestTarget> {
  const sb = await startSandbox({ port: 0, timeScale });
  const calls: CallRecord[] = [];
  const factory = clientFactory({ kind: 'sandbox', endpoint: sb.endpoint, credentials: sb.credentials }, { onCall: (c) => calls.push(c), maxAttempts: 6 });
  const identity = await callerIdentity(factory);
  const stateDir = mkdtempSync(join(tmpdir(), 'ha-prov-'));
  const events: StepEvent[] = [];
  const handlers = await servedHandlers(factory);
  return {
    sb, factory, events, calls, stateDir,
    options: { factory, identity, stateDir, handlers, onEvent: (e) => events.push(e), timing: { initialMs: 10, maxMs: 200, timeoutMs: 20_000 } },
    close: async () => {
      factory.destroy();
      await sb.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** Adds a Sandbox fault (api-errors, latency, …) through its control API. */
export async function addFault(sb: Sandbox, fault: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault) });
  const body = (await res.json()) as { id?: string; error?: string };
  if (!res.ok || !body.id) throw new Error(`fault rejected: ${body.error ?? res.status}`);
  return body.id;
}

/** Removes every fault. */
export async function clearFaults(sb: Sandbox): Promise<void> {
  const res = await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!res.ok) throw new Error(`clearing faults failed: HTTP ${res.status}`);
}

/** The handlers whose service this Sandbox serves (CloudWatch may still be missing while it is being built). */
async function servedHandlers(factory: ClientFactory): Promise<readonly Handler[]> {
  try {
    await factory('us-east-1').cloudwatch.send(new DescribeAlarmsCommand({ MaxRecords: 1 }));
    return HANDLER_LIST;
  } catch {
    return HANDLER_LIST.filter((h) => h.kind !== 'alarm');
  }
}
