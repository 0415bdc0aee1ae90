/**
 * A plan as a dependency DAG of operations: create / update / delete (a replace
 * is a delete then a create). Creates wait for what they reference; deletes
 * wait for whatever references the deleted resource to go (or to stop
 * referencing it); a few AWS ordering facts are added by kind.
 */
import type { NodeKind } from '../model';
import { CycleError, createDag, findCycles, type Dag } from '../graph';
import { refsOf } from './props';
import type { PlanStep } from './types';

/** One operation of an apply. */
export interface Operation {
  readonly key: string;
  readonly op: 'create' | 'update' | 'delete';
  readonly step: PlanStep;
}

/** Resources that hold public addresses: an internet gateway cannot be detached while they exist. */
const PUBLIC_ADDRESS_HOLDERS: ReadonlySet<NodeKind> = new Set<NodeKind>(['instance', 'natGateway', 'loadBalancer', 'autoScalingGroup', 'database', 'vpnConnection']);

/** The operations of a plan (noop and unsupported steps have none). */
export function operationsOf(steps: readonly PlanStep[]): Operation[] {
  const ops: Operation[] = [];
  for (const step of steps) {
    if (step.action === 'delete' || step.action === 'replace') {
      if (step.actual) ops.push({ key: `delete:${step.nodeId}:${step.actual.id}`, op: 'delete', step });
    }
    if (step.action === 'create' || step.action === 'replace') ops.push({ key: `create:${step.nodeId}`, op: 'create', step });
    if (step.action === 'update') ops.push({ key: `update:${step.nodeId}`, op: 'update', step });
  }
  return ops;
}

/** The operations and their dependency DAG. */
export function planGraph(steps: readonly PlanStep[]): { ops: Map<string, Operation>; dag: Dag } {
  const list = operationsOf(steps);
  const ops = new Map(list.map((o) => [o.key, o]));
  const forward = new Map<string, Operation>();
  for (const o of list) if (o.op !== 'delete') forward.set(o.step.nodeId, o);
  const deletes = list.filter((o) => o.op === 'delete');
  const edges: [string, string][] = [];
  const vpcOf = (o: Operation) => (o.op === 'delete' ? o.step.actual?.vpc : o.step.desired?.vpc);

  for (const o of list) {
    if (o.op === 'delete') continue;
    const desired = o.step.desired!;
    for (const r of refsOf(desired.props)) {
      const dep = forward.get(r);
      if (dep && r !== desired.nodeId) edges.push([o.key, dep.key]);
    }
    if (o.op === 'create') {
      for (const d of deletes) {
        // A replace deletes first; a new resource may reuse the CIDR / name of one being deleted of the same kind.
        if (d.step.nodeId === desired.nodeId || (d.step.kind === desired.kind && vpcOf(d) === desired.vpc && d.step.region === desired.region)) edges.push([o.key, d.key]);
      }
      if (desired.kind === 'natGateway' && desired.props.connectivity === 'public') {
        for (const g of forward.values()) if (g.step.kind === 'internetGateway' && g.step.desired?.vpc === desired.vpc) edges.push([o.key, g.key]);
      }
    }
  }
  for (const d of deletes) {
    const actual = d.step.actual!;
    for (const o of list) {
      if (o === d) continue;
      const holder = o.op === 'delete' ? o.step.actual : o.step.actual;
      if (!holder || o.op === 'create') continue;
      const referencing = refsOf(holder.props).has(actual.nodeId) || (actual.kind === 'vpc' && holder.vpc === actual.nodeId && o.op === 'delete');
      // An update that keeps pointing at a replaced node moves to the new one after it exists; it does not block the delete.
      const stillPointing = o.op === 'update' && refsOf(o.step.desired!.props).has(actual.nodeId);
      if (referencing && !stillPointing && o.step.nodeId !== actual.nodeId) edges.push([d.key, o.key]);
      if (actual.kind === 'internetGateway' && o.op === 'delete' && PUBLIC_ADDRESS_HOLDERS.has(o.step.kind) && o.step.actual?.vpc === actual.vpc) edges.push([d.key, o.key]);
    }
  }
  return { ops, dag: createDag(list.map((o) => o.key), edges) };
}

/** The dependency cycle that makes a plan impossible to apply, named by node, or undefined when there is none. */
export function planCycle(steps: readonly PlanStep[]): CycleError | undefined {
  const { ops, dag } = planGraph(steps);
  const cycles = findCycles(dag);
  if (!cycles.length) return undefined;
  return new CycleError(cycles, (key) => { const o = ops.get(key)!; return `${o.op} ${o.step.kind} "${o.step.name}"`; });
}
