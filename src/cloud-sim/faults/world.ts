/**
 * The world: which faults are active, queried by every service (`isAzDown`,
 * `isInstanceCrashed`…) and announced as events so services can react (fail
 * over a DB, mark LB nodes down, stop an instance). Faults live in the state
 * store, so they persist with everything else and vanish on reset.
 */
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { AwsError } from '../core/errors';
import { regionOfAz } from '../core/regions';
import type { StateStore } from '../core/store';
import { parseFaultSpec } from './validate';
import type { ApiErrorsFault, Fault, FaultChange, FaultSpec } from './types';

interface WorldSlice { faults: Fault[] }

/** Fault state and fault events of one Sandbox. */
export class World extends EventEmitter<{ change: [FaultChange]; reset: [] }> {
  /** Deterministic-enough RNG hook: tests may replace it. */
  random: () => number = Math.random;
  private readonly validators: ((spec: FaultSpec) => string | undefined)[] = [];

  constructor(private readonly store: StateStore) {
    super();
    store.on('reset', () => this.emit('reset'));
  }

  private get slice(): WorldSlice {
    return this.store.slice<WorldSlice>('world', 'global', () => ({ faults: [] }));
  }

  /** Every active fault, oldest first. */
  list(): Fault[] {
    return [...this.slice.faults];
  }

  /**
   * Lets a service refuse faults naming things it does not have (EC2: unknown
   * instance or VPN connection). The validator returns an error message, or
   * undefined when the fault is fine or not its business.
   */
  addValidator(check: (spec: FaultSpec) => string | undefined): void {
    this.validators.push(check);
  }

  /** Adds a fault (validated) and announces it. */
  add(spec: FaultSpec | unknown): Fault {
    const parsed = parseFaultSpec(spec);
    for (const check of this.validators) {
      const problem = check(parsed);
      if (problem) throw new Error(problem);
    }
    const fault = { ...parsed, id: `flt-${randomBytes(6).toString('hex')}`, createdAt: new Date().toISOString() } as Fault;
    this.slice.faults.push(fault);
    this.store.dirty();
    this.emit('change', { type: 'added', fault });
    return fault;
  }

  /** Removes (reverts) a fault by id; undefined when there is none. */
  remove(id: string): Fault | undefined {
    const faults = this.slice.faults;
    const i = faults.findIndex((f) => f.id === id);
    if (i < 0) return undefined;
    const [fault] = faults.splice(i, 1);
    this.store.dirty();
    this.emit('change', { type: 'removed', fault: fault! });
    return fault;
  }

  /** Reverts every fault. */
  clear(): Fault[] {
    const all = this.list();
    for (const f of all) this.remove(f.id);
    return all;
  }

  private some(pred: (f: Fault) => boolean): boolean {
    return this.slice.faults.some(pred);
  }

  /** True when the whole region is failed. */
  isRegionDown(region: string): boolean {
    return this.some((f) => f.kind === 'region-down' && f.region === region);
  }

  /** True when the AZ (or its region) is failed. */
  isAzDown(region: string, az: string): boolean {
    return this.isRegionDown(region) || this.some((f) => f.kind === 'az-down' && f.az === az);
  }

  /** AZ names currently failed in a region (region-down fails all of them). */
  downAzs(region: string): string[] {
    return this.slice.faults.flatMap((f) => (f.kind === 'az-down' && regionOfAz(f.az) === region ? [f.az] : []));
  }

  /** True when an instance has been crashed (status checks impaired). */
  isInstanceCrashed(instanceId: string): boolean {
    return this.some((f) => f.kind === 'instance-crash' && f.instanceId === instanceId);
  }

  /** True when a DB instance's primary is crashed. */
  isDbCrashed(dbInstanceIdentifier: string, region?: string): boolean {
    return this.some((f) => f.kind === 'db-crash' && f.dbInstanceIdentifier === dbInstanceIdentifier && (!f.region || !region || f.region === region));
  }

  /** True when tunnel 1 or 2 of a VPN connection is down. */
  isTunnelDown(vpnConnectionId: string, tunnel: 1 | 2): boolean {
    return this.some((f) => f.kind === 'tunnel-down' && f.vpnConnectionId === vpnConnectionId && f.tunnel === tunnel);
  }

  private matches(f: { service?: string; action?: string; region?: string }, service: string, action: string, region: string): boolean {
    return (!f.service || f.service === service) && (!f.action || f.action === action) && (!f.region || f.region === region);
  }

  /** The injected API error for this call, if a fault fires (consumes one of its `count`). */
  apiError(service: string, action: string, region: string): AwsError | undefined {
    if (this.isRegionDown(region)) return new AwsError('ServiceUnavailable', `Region ${region} is unavailable (Sandbox fault region-down)`, 503);
    for (const f of this.slice.faults) {
      if (f.kind !== 'api-errors' || !this.matches(f, service, action, region)) continue;
      if (this.random() >= f.rate) continue;
      this.consume(f);
      return new AwsError(f.code, `Injected fault ${f.id}: ${f.code} for ${service}:${action}`, f.status);
    }
    return undefined;
  }

  private consume(f: Fault & ApiErrorsFault): void {
    if (f.count === undefined) return;
    f.count -= 1;
    if (f.count <= 0) this.remove(f.id);
  }

  /** Total injected latency in ms for this call. */
  latency(service: string, action: string, region: string): number {
    let ms = 0;
    for (const f of this.slice.faults) if (f.kind === 'latency' && this.matches(f, service, action, region)) ms += f.ms;
    return ms;
  }
}
