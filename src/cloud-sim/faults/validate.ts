/** Checks a fault request (JSON from the HTTP API or CLI) and returns a typed spec or a clear error. */
import { REGIONS, regionOfAz } from '../core/regions';
import { FAULT_KINDS, type FaultSpec } from './types';

const DEFAULT_STATUS: Record<string, number> = {
  Throttling: 400, ThrottlingException: 400, RequestLimitExceeded: 503,
  InternalError: 500, InternalFailure: 500, ServiceUnavailable: 503, Unavailable: 503,
};

function str(o: Record<string, unknown>, k: string, required = true): string | undefined {
  const v = o[k];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || v === '') throw new Error(`fault field '${k}': expected a non-empty string, got ${JSON.stringify(v)}`);
  return v;
}

function num(o: Record<string, unknown>, k: string, min: number, max: number, required = true): number | undefined {
  const v = o[k];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'number' || !(v >= min && v <= max)) throw new Error(`fault field '${k}': expected a number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return v;
}

function region(o: Record<string, unknown>): string | undefined {
  const r = str(o, 'region', false);
  if (r !== undefined && !REGIONS.includes(r)) throw new Error(`fault field 'region': unknown region '${r}'`);
  return r;
}

/** Parses an untrusted fault request. */
export function parseFaultSpec(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('fault: expected a JSON object with a "kind"');
  const o = input as Record<string, unknown>;
  const kind = o.kind;
  switch (kind) {
    case 'instance-stop':
    case 'instance-crash':
      return { kind, instanceId: str(o, 'instanceId')! };
    case 'az-down': {
      const az = str(o, 'az')!;
      if (!regionOfAz(az)) throw new Error(`fault field 'az': '${az}' is not an availability zone of the Sandbox (e.g. us-east-1a)`);
      return { kind, az };
    }
    case 'region-down': {
      const r = region(o);
      if (!r) throw new Error(`fault field 'region': required for region-down`);
      return { kind, region: r };
    }
    case 'db-crash': {
      const r = region(o);
      return { kind, dbInstanceIdentifier: str(o, 'dbInstanceIdentifier')!, ...(r ? { region: r } : {}) };
    }
    case 'tunnel-down': {
      const tunnel = num(o, 'tunnel', 1, 2, false) ?? 1;
      if (tunnel !== 1 && tunnel !== 2) throw new Error(`fault field 'tunnel': expected 1 or 2`);
      return { kind, vpnConnectionId: str(o, 'vpnConnectionId')!, tunnel };
    }
    case 'api-errors': {
      const code = str(o, 'code', false) ?? 'InternalError';
      const status = num(o, 'status', 400, 599, false) ?? DEFAULT_STATUS[code] ?? 500;
      const count = num(o, 'count', 1, Number.MAX_SAFE_INTEGER, false);
      const r = region(o);
      return {
        kind, rate: num(o, 'rate', 0, 1)!, code, status,
        ...(o.service !== undefined ? { service: str(o, 'service')! } : {}),
        ...(o.action !== undefined ? { action: str(o, 'action')! } : {}),
        ...(r ? { region: r } : {}),
        ...(count !== undefined ? { count } : {}),
      };
    }
    case 'latency': {
      const r = region(o);
      return {
        kind, ms: num(o, 'ms', 0, 60_000)!,
        ...(o.service !== undefined ? { service: str(o, 'service')! } : {}),
        ...(o.action !== undefined ? { action: str(o, 'action')! } : {}),
        ...(r ? { region: r } : {}),
      };
    }
    default:
      throw new Error(`fault field 'kind': expected one of ${FAULT_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
}
