/**
 * Resolves CloudFormation intrinsic functions far enough to rebuild a topology:
 * a Ref or GetAtt of a resource becomes its logical id (the importer's
 * reference), parameters take their defaults, pseudo parameters plausible
 * values, and Sub, Select, GetAZs, Join, Split, Cidr, If, FindInMap compute.
 */
import { formatCidr, parseCidr, subnetOf } from '../../../model';

/** What the evaluator knows about the template. */
export interface TemplateScope {
  readonly region: string;
  readonly resources: ReadonlySet<string>;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly conditions: Readonly<Record<string, unknown>>;
  /** Raw properties of a resource: GetAtt of an attribute that is also a property (a VPC's CidrBlock) gives its value. */
  readonly properties?: (logicalId: string) => Readonly<Record<string, unknown>> | undefined;
  /** Logical ids of sibling templates (one stack per region): a parameter named `<LogicalId><Attribute>` points at one. */
  readonly external?: ReadonlySet<string>;
}

const CROSS_STACK = /^(.+?)(Id|Arn|DNSName|CanonicalHostedZoneID|DBInstanceArn|GroupId|PublicIp|LoadBalancerFullName|TargetGroupFullName)$/;

const MAX_DEPTH = 64;

/** Default values of the template's parameters (List types split on commas). */
export function parameterDefaults(parameters: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!parameters || typeof parameters !== 'object') return out;
  for (const [name, p] of Object.entries(parameters as Record<string, unknown>)) {
    const def = (p as { Default?: unknown; Type?: unknown } | null)?.Default;
    const type = String((p as { Type?: unknown } | null)?.Type ?? '');
    if (def === undefined) continue;
    out[name] = type.startsWith('List<') || type === 'CommaDelimitedList' ? String(def).split(',').map((s) => s.trim()) : def;
  }
  return out;
}

/** Evaluates a template value; unknown functions and unresolvable references give undefined. */
export function evaluate(v: unknown, scope: TemplateScope, depth = 0): unknown {
  if (depth > MAX_DEPTH) return undefined;
  const ev = (x: unknown) => evaluate(x, scope, depth + 1);
  if (Array.isArray(v)) return v.map(ev).filter((x) => x !== NO_VALUE);
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 1) {
    const [fn, arg] = entries[0]!;
    if (fn === 'Ref' || fn.startsWith('Fn::') || fn === 'Condition') return call(fn, arg, scope, ev, depth);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of entries) {
    const r = ev(x);
    if (r !== NO_VALUE) out[k] = r;
  }
  return out;
}

/** The value of AWS::NoValue: the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

function ref(name: unknown, scope: TemplateScope): unknown {
  if (typeof name !== 'string') return undefined;
  if (scope.resources.has(name)) return name;
  if (name in scope.parameters) return scope.parameters[name];
  const cross = scope.external ? CROSS_STACK.exec(name) : null;
  if (cross && scope.external!.has(cross[1]!)) return cross[1];
  switch (name) {
    case 'AWS::Region': return scope.region;
    case 'AWS::AccountId': return '123456789012';
    case 'AWS::StackName': return 'stack';
    case 'AWS::StackId': return `arn:aws:cloudformation:${scope.region}:123456789012:stack/stack/0`;
    case 'AWS::Partition': return 'aws';
    case 'AWS::URLSuffix': return 'amazonaws.com';
    case 'AWS::NoValue': return NO_VALUE;
    default: return undefined;
  }
}

function sub(arg: unknown, scope: TemplateScope, ev: (x: unknown) => unknown): unknown {
  const [template, vars] = Array.isArray(arg) ? [arg[0], ev(arg[1]) as Record<string, unknown> | undefined] : [arg, undefined];
  if (typeof template !== 'string') return undefined;
  return template.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
    if (bang) return `\${${name}}`;
    if (vars && name in vars) return String(vars[name]);
    const dot = name.indexOf('.');
    const value = dot > 0 && scope.resources.has(name.slice(0, dot)) ? name.slice(0, dot) : ref(name, scope);
    return value === undefined || value === NO_VALUE ? whole : Array.isArray(value) ? value.join(',') : String(value);
  });
}

function cidr(args: unknown[]): string[] | undefined {
  const [block, count, bits] = args;
  const parent = typeof block === 'string' ? parseCidr(block) : undefined;
  const n = Number(count);
  const b = Number(bits);
  if (!parent || typeof parent === 'string' || !Number.isInteger(n) || !Number.isInteger(b) || n < 1 || n > 256) return undefined;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = subnetOf(parent, 32 - b, i);
    if (!s) break;
    out.push(formatCidr(s));
  }
  return out;
}

function condition(name: unknown, scope: TemplateScope, depth: number): boolean {
  if (typeof name !== 'string' || depth > MAX_DEPTH) return true;
  const c = scope.conditions[name];
  return c === undefined ? true : truthy(evaluate(c, scope, depth + 1));
}

const truthy = (v: unknown) => v === true || v === 'true';

function call(fn: string, arg: unknown, scope: TemplateScope, ev: (x: unknown) => unknown, depth: number): unknown {
  const args = Array.isArray(arg) ? arg : [arg];
  switch (fn) {
    case 'Ref': return ref(arg, scope);
    case 'Condition': return condition(arg, scope, depth);
    case 'Fn::GetAtt': {
      const [target, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
      if (typeof target !== 'string' || !scope.resources.has(target)) return undefined;
      const own = typeof attribute === 'string' ? scope.properties?.(target)?.[attribute] : undefined;
      return own !== undefined ? ev(own) : target;
    }
    case 'Fn::Sub': return sub(arg, scope, ev);
    case 'Fn::Select': {
      const list = ev(args[1]);
      const i = Number(ev(args[0]));
      return Array.isArray(list) && Number.isInteger(i) && i >= 0 ? list[i] : undefined;
    }
    case 'Fn::GetAZs': {
      const region = ev(arg);
      const r = typeof region === 'string' && region ? region : scope.region;
      return ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => r + l);
    }
    case 'Fn::Join': {
      const list = ev(args[1]);
      return Array.isArray(list) ? list.filter((x) => x !== undefined).map(String).join(String(ev(args[0]) ?? '')) : undefined;
    }
    case 'Fn::Split': {
      const s = ev(args[1]);
      return typeof s === 'string' ? s.split(String(ev(args[0]) ?? ',')) : Array.isArray(s) ? s : undefined;
    }
    case 'Fn::Cidr': return cidr(args.map(ev));
    case 'Fn::If': return condition(args[0], scope, depth) ? ev(args[1]) : ev(args[2]);
    case 'Fn::Equals': return JSON.stringify(ev(args[0])) === JSON.stringify(ev(args[1]));
    case 'Fn::Not': return !truthy(ev(args[0]));
    case 'Fn::And': return args.every((a) => truthy(ev(a)));
    case 'Fn::Or': return args.some((a) => truthy(ev(a)));
    case 'Fn::FindInMap': {
      const [m, k1, k2] = args.map(ev);
      const table = scope.mappings[String(m)] as Record<string, Record<string, unknown>> | undefined;
      return table?.[String(k1)]?.[String(k2)];
    }
    case 'Fn::Base64': case 'Fn::ToJsonString': return ev(arg);
    case 'Fn::ImportValue': return `import:${String(ev(arg))}`;
    case 'Fn::Length': { const l = ev(arg); return Array.isArray(l) ? l.length : undefined; }
    default: return undefined;
  }
}

/** True when a resource's `Condition` (if any) holds. */
export function conditionHolds(name: unknown, scope: TemplateScope): boolean {
  return condition(name, scope, 0);
}
