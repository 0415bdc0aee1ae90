/**
 * Game days: what a canvas action ("fail this AZ", "kill this instance")
 * means as a Sandbox fault, and as a failure domain for the validator's
 * what-if prediction shown beside what was observed. Pure.
 */
import type { DesignIndex } from '../model';
import type { GameDayAction } from '../ipc/channels/health';
import type { FailureDomain } from '../validate/types';
import type { Observation } from './observation';
import type { ResourceMap } from './resources';

/** A Sandbox fault request (the JSON body of POST /_sandbox/faults). */
export type SandboxFaultSpec = Readonly<Record<string, unknown>> & { readonly kind: string };

/** Why an action cannot run (e.g. the node is not deployed): shown to the user as is. */
export class GameDayError extends Error {}

function awsId(resources: ResourceMap, index: DesignIndex, nodeId: string, kinds: readonly string[]): string {
  const node = index.byId.get(nodeId);
  if (!node) throw new GameDayError(`no node "${nodeId}" in the design`);
  if (!kinds.includes(node.kind)) throw new GameDayError(`${node.name} is a ${node.kind}; this action needs a ${kinds.join(' or ')}`);
  const ref = resources.byNode.get(nodeId);
  if (!ref) throw new GameDayError(`${node.name} is not deployed on the target`);
  return ref.id;
}

/** The Sandbox fault for an action. An ASG's "kill an instance" stops one of its in-service instances. */
export function faultFor(action: GameDayAction, index: DesignIndex, resources: ResourceMap, obs: Observation | undefined): SandboxFaultSpec {
  switch (action.kind) {
    case 'fail-az': return { kind: 'az-down', az: action.zone };
    case 'fail-region': return { kind: 'region-down', region: action.region };
    case 'kill-instance': {
      const node = index.byId.get(action.nodeId);
      if (node?.kind === 'autoScalingGroup') {
        const name = awsId(resources, index, action.nodeId, ['autoScalingGroup']);
        const victim = obs?.asgs.get(name)?.instances.find((i) => i.lifecycle === 'InService');
        if (!victim) throw new GameDayError(`${node.name} has no instance in service to kill`);
        return { kind: 'instance-stop', instanceId: victim.id };
      }
      return { kind: 'instance-stop', instanceId: awsId(resources, index, action.nodeId, ['instance']) };
    }
    case 'crash-db': {
      const ref = resources.byNode.get(action.nodeId);
      return { kind: 'db-crash', dbInstanceIdentifier: awsId(resources, index, action.nodeId, ['database']), ...(ref ? { region: ref.region } : {}) };
    }
    case 'drop-tunnel': return { kind: 'tunnel-down', vpnConnectionId: awsId(resources, index, action.nodeId, ['vpnConnection']), tunnel: action.tunnel };
    case 'api-errors': return {
      kind: 'api-errors', rate: action.rate, code: action.code,
      ...(action.service ? { service: action.service } : {}), ...(action.action ? { action: action.action } : {}), ...(action.region ? { region: action.region } : {}),
    };
  }
}

/** The failure domain the validator can predict for an action (API errors have none: they blind, they do not break). */
export function domainFor(action: GameDayAction): FailureDomain | null {
  switch (action.kind) {
    case 'fail-az': return { type: 'az', zone: action.zone };
    case 'fail-region': return { type: 'region', region: action.region };
    case 'kill-instance': case 'crash-db': case 'drop-tunnel': return { type: 'resource', id: action.nodeId };
    case 'api-errors': return null;
  }
}

/** A short label for an action: "us-east-1a down", "web-1 stopped", "DB orders crashed". */
export function labelFor(action: GameDayAction, index: DesignIndex): string {
  const name = (id: string) => index.byId.get(id)?.name ?? id;
  switch (action.kind) {
    case 'fail-az': return `AZ ${action.zone} down`;
    case 'fail-region': return `region ${action.region} down`;
    case 'kill-instance': return `${name(action.nodeId)}: an instance stopped`;
    case 'crash-db': return `${name(action.nodeId)}: primary crashed`;
    case 'drop-tunnel': return `${name(action.nodeId)}: tunnel ${action.tunnel} down`;
    case 'api-errors': return `API errors ${action.code} at ${Math.round(action.rate * 100)}%${action.service ? ` on ${action.service}${action.action ? `:${action.action}` : ''}` : ''}`;
  }
}
