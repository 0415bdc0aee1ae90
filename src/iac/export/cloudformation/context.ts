/** What every CloudFormation emitter needs: logical ids, Ref/GetAtt (or a parameter across regions), AZ selection, tags. */
import { indexDesign, type Design, type DesignIndex, type DesignNode } from '../../../model';
import { CFN_PARAMETERS, cfnSlug, Namer, nodeNames } from '../../names';
import { nodeTags } from '../../tags';
import { placements, type Placement } from '../../placement-cache';

/** A CloudFormation value in JSON long form; the YAML writer turns `Ref` / `Fn::*` objects into short tags. */
export type CfnValue = string | number | boolean | readonly CfnValue[] | { readonly [key: string]: CfnValue };

/** One resource of the template. */
export interface CfnResource {
  readonly Type: string;
  readonly Properties: Record<string, CfnValue | undefined>;
  readonly DependsOn?: string[];
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly Metadata?: Record<string, CfnValue>;
}

/** A template parameter. */
export interface CfnParameter {
  readonly Type: string;
  readonly Description: string;
  readonly Default?: string;
}

/** Shared state of the template for one region. */
export class CfnContext {
  readonly index: DesignIndex;
  readonly ids: Map<string, string>;
  readonly namer = new Namer((b, n) => `${b}${n}`);
  readonly resources = new Map<string, CfnResource>();
  readonly parameters = new Map<string, CfnParameter>();
  readonly zones: string[];
  private readonly placed: Map<string, Placement>;

  constructor(readonly design: Design, readonly region: string, readonly primary: boolean) {
    this.index = indexDesign(design);
    this.placed = placements(this.index);
    for (const p of CFN_PARAMETERS) this.namer.unique(p);
    this.ids = nodeNames(design, cfnSlug, this.namer);
    const zones = new Set<string>();
    for (const az of this.index.ofKind('az')) if (this.regionOf(az.id) === region) zones.add(az.zone);
    this.zones = [...zones].sort();
  }

  /** The region code a node belongs to (global and region-less nodes: the primary template's region). */
  regionOf(id: string): string | undefined {
    return this.placed.get(id)?.region;
  }

  /** True when the node's resources are in this template. */
  here(id: string): boolean {
    const r = this.regionOf(id);
    return r === this.region || (r === undefined && this.primary);
  }

  /** The logical id of a node's main resource. */
  id(nodeId: string): string {
    return this.ids.get(nodeId) ?? cfnSlug(nodeId);
  }

  /** A logical id for a secondary resource of a node (`WebEip`). */
  sub(nodeId: string, suffix: string): string {
    return this.namer.unique(this.id(nodeId) + suffix);
  }

  private readonly fixedIds = new Map<string, string>();
  /** The one logical id of a node's secondary resource of a role (`WebAttachment`), the same on every call. */
  fixed(nodeId: string, suffix: string): string {
    const key = `${nodeId}\u0000${suffix}`;
    if (!this.fixedIds.has(key)) this.fixedIds.set(key, this.sub(nodeId, suffix));
    return this.fixedIds.get(key)!;
  }

  /** Ref (or GetAtt) of a node's main resource; a String parameter when the node lives in another region's template. */
  ref(nodeId: string, attribute?: string): CfnValue {
    if (!this.here(nodeId)) {
      const name = `${this.id(nodeId)}${attribute ? attribute.replace(/[^A-Za-z0-9]/g, '') : 'Id'}`;
      this.parameters.set(name, { Type: 'String', Description: `${attribute ?? 'Id'} of ${this.index.byId.get(nodeId)?.name ?? nodeId} (in ${this.regionOf(nodeId) ?? 'another'} template).` });
      return { Ref: name };
    }
    return attribute ? { 'Fn::GetAtt': [this.id(nodeId), attribute] } : { Ref: this.id(nodeId) };
  }

  /** `!Select [i, !Ref AvailabilityZones]` for the node's zone. */
  az(nodeId: string): CfnValue | undefined {
    const zone = this.placed.get(nodeId)?.zone;
    const i = zone === undefined ? -1 : this.zones.indexOf(zone);
    return i < 0 ? undefined : { 'Fn::Select': [i, { Ref: 'AvailabilityZones' }] };
  }

  /** `!Sub ${NamePrefix}-web`. */
  named(nodeId: string, suffix = ''): CfnValue {
    return { 'Fn::Sub': `\${NamePrefix}-${this.id(nodeId).toLowerCase()}${suffix}` };
  }

  /** Tags as the [{Key, Value}] list most resource types take. */
  tags(node: DesignNode): CfnValue[] {
    return Object.entries(nodeTags(this.index, node)).map(([Key, Value]) => ({ Key, Value }));
  }

  /** Adds a resource under a logical id. */
  add(logicalId: string, resource: CfnResource): void {
    const props = Object.fromEntries(Object.entries(resource.Properties).filter(([, v]) => v !== undefined));
    this.resources.set(logicalId, { ...resource, Properties: props });
  }

  /** Declares a parameter (idempotent). */
  param(name: string, p: CfnParameter): CfnValue {
    if (!this.parameters.has(name)) this.parameters.set(name, p);
    return { Ref: name };
  }

  /** Refs of the nodes in a list that exist. */
  refs(ids: readonly string[], attribute?: string): CfnValue[] {
    return ids.filter((id) => this.index.byId.has(id)).map((id) => this.ref(id, attribute));
  }
}
