/** Listeners: create/describe/modify/delete with forward (and fixed-response/redirect) default actions. */
import { randomBytes } from 'node:crypto';
import { AwsError } from '../core/errors';
import type { Params } from '../core/params';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { readTags } from './tags';
import { actionTargetGroups, elbState, mustLb, mustListener, mustTg, validation, type Action, type ElbRegion, type Lb, type Listener } from './state';

const ALB_PROTOCOLS = ['HTTP', 'HTTPS'];
const NLB_PROTOCOLS = ['TCP', 'TLS', 'UDP', 'TCP_UDP'];

function readActions(state: ElbRegion, p: Params, lb: Lb): Action[] {
  const list = p.structs('DefaultActions');
  if (list.length === 0) throw validation('DefaultActions must contain at least one action');
  return list.map((a) => {
    const type = a.req('Type');
    if (type === 'forward') {
      const fwd = a.struct('ForwardConfig')?.structs('TargetGroups').map((t) => ({ arn: t.req('TargetGroupArn'), weight: t.int('Weight', 0, 999) }));
      const action: Action = { type, targetGroupArn: a.str('TargetGroupArn'), targetGroups: fwd?.length ? fwd : undefined, order: a.int('Order', 1, 50000) };
      const tgs = actionTargetGroups(action);
      if (tgs.length === 0) throw validation('A forward action needs TargetGroupArn or ForwardConfig.TargetGroups');
      for (const arn of tgs) {
        const tg = mustTg(state, arn);
        if (tg.vpcId && tg.vpcId !== lb.vpcId) throw validation(`Target group '${tg.name}' is in VPC ${tg.vpcId}, not the load balancer's ${lb.vpcId}`);
      }
      return action;
    }
    if (type === 'fixed-response') {
      const f = a.struct('FixedResponseConfig');
      if (!f) throw validation('A fixed-response action needs FixedResponseConfig');
      return { type, fixed: { StatusCode: f.req('StatusCode'), ContentType: f.str('ContentType') ?? 'text/plain', MessageBody: f.str('MessageBody') ?? '' } };
    }
    if (type === 'redirect') {
      const r = a.struct('RedirectConfig');
      if (!r) throw validation('A redirect action needs RedirectConfig');
      return { type, redirect: { StatusCode: r.req('StatusCode'), Protocol: r.str('Protocol') ?? '#{protocol}', Port: r.str('Port') ?? '#{port}', Host: r.str('Host') ?? '#{host}', Path: r.str('Path') ?? '/#{path}', Query: r.str('Query') ?? '#{query}' } };
    }
    throw validation(`Action type '${type}' is not supported by the Sandbox (forward, fixed-response, redirect)`);
  });
}

function renderAction(a: Action): unknown {
  return {
    Type: a.type, TargetGroupArn: a.targetGroupArn ?? (a.targetGroups?.length === 1 ? a.targetGroups[0]!.arn : undefined), Order: a.order,
    ForwardConfig: a.type === 'forward' ? { TargetGroups: actionTargetGroups(a).map((arn) => ({ TargetGroupArn: arn, Weight: a.targetGroups?.find((t) => t.arn === arn)?.weight ?? 1 })) } : undefined,
    FixedResponseConfig: a.fixed, RedirectConfig: a.redirect,
  };
}

function render(l: Listener): unknown {
  return {
    ListenerArn: l.arn, LoadBalancerArn: l.lbArn, Port: l.port, Protocol: l.protocol, SslPolicy: l.sslPolicy,
    Certificates: l.certificates.length ? l.certificates.map((c) => ({ CertificateArn: c })) : undefined,
    DefaultActions: l.defaultActions.map(renderAction),
  };
}

/**
 * The listener's certificate ARNs. The Sandbox has no ACM, so a certificate "exists" when its ARN is an ACM
 * certificate of this account and region (or an IAM server certificate of this account); anything else is
 * CertificateNotFound, as AWS answers for an ARN it does not know.
 */
function readCertificates(ctx: ActionContext, p: Params): string[] {
  const arns = p.structs('Certificates').map((c) => c.req('CertificateArn'));
  const acm = new RegExp(`^arn:aws:acm:${ctx.region}:${ctx.accountId}:certificate/[A-Za-z0-9-]+$`);
  const iam = new RegExp(`^arn:aws:iam::${ctx.accountId}:server-certificate/[\\w+=,.@/-]+$`);
  for (const arn of arns) {
    if (!acm.test(arn) && !iam.test(arn)) throw new AwsError('CertificateNotFound', `Certificate '${arn}' not found (expected arn:aws:acm:${ctx.region}:${ctx.accountId}:certificate/<id>)`, 400);
  }
  return arns;
}

function readProtocol(p: Params, lb: Lb, fallback?: string): string {
  const protocol = p.str('Protocol') ?? fallback ?? (lb.type === 'application' ? 'HTTP' : 'TCP');
  const allowed = lb.type === 'application' ? ALB_PROTOCOLS : NLB_PROTOCOLS;
  if (!allowed.includes(protocol)) throw validation(`Protocol '${protocol}' is not valid for a ${lb.type} load balancer; expected ${allowed.join(' or ')}`);
  return protocol;
}

function create(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = elbState(ctx);
  const lb = mustLb(state, p.req('LoadBalancerArn'));
  const protocol = readProtocol(p, lb);
  const port = p.int('Port', 1, 65535);
  if (port === undefined) throw validation('Port is required');
  const certificates = readCertificates(ctx, p);
  if ((protocol === 'HTTPS' || protocol === 'TLS') && certificates.length === 0) throw new AwsError('CertificateNotFound', `A ${protocol} listener needs a certificate`, 400);
  if (Object.values(state.listeners).some((l) => l.lbArn === lb.arn && l.port === port)) throw new AwsError('DuplicateListener', `A listener already exists on port ${port} of '${lb.name}'`, 400);
  const l: Listener = {
    arn: lb.arn.replace(':loadbalancer/', ':listener/') + `/${randomBytes(8).toString('hex')}`, lbArn: lb.arn, port, protocol,
    sslPolicy: protocol === 'HTTPS' || protocol === 'TLS' ? p.str('SslPolicy') ?? 'ELBSecurityPolicy-2016-08' : undefined,
    certificates, defaultActions: readActions(state, p, lb), tags: readTags(p),
  };
  state.listeners[l.arn] = l;
  return { Listeners: [render(l)] };
}

function describe(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  const arns = ctx.params.list('ListenerArns');
  const lbArn = ctx.params.str('LoadBalancerArn');
  if (!lbArn && arns.length === 0) throw validation('Specify LoadBalancerArn or ListenerArns');
  let items = arns.length ? arns.map((a) => mustListener(state, a)) : Object.values(state.listeners);
  if (lbArn) {
    mustLb(state, lbArn);
    items = items.filter((l) => l.lbArn === lbArn);
  }
  const page = paginate(items, ctx.params.int('PageSize', 1, 400), ctx.params.str('Marker'));
  return { Listeners: page.items.map(render), NextMarker: page.nextToken };
}

function modify(ctx: ActionContext): unknown {
  const p = ctx.params;
  const state = elbState(ctx);
  const l = mustListener(state, p.req('ListenerArn'));
  const lb = mustLb(state, l.lbArn);
  const port = p.int('Port', 1, 65535);
  if (port !== undefined && port !== l.port && Object.values(state.listeners).some((o) => o.lbArn === lb.arn && o.port === port)) {
    throw new AwsError('DuplicateListener', `A listener already exists on port ${port} of '${lb.name}'`, 400);
  }
  const protocol = p.has('Protocol') ? readProtocol(p, lb) : l.protocol;
  const actions = p.has('DefaultActions') ? readActions(state, p, lb) : l.defaultActions;
  const certs = p.has('Certificates') ? readCertificates(ctx, p) : l.certificates;
  if ((protocol === 'HTTPS' || protocol === 'TLS') && certs.length === 0) throw new AwsError('CertificateNotFound', `A ${protocol} listener needs a certificate`, 400);
  Object.assign(l, { port: port ?? l.port, protocol, defaultActions: actions, certificates: certs, sslPolicy: p.str('SslPolicy') ?? l.sslPolicy });
  return { Listeners: [render(l)] };
}

function remove(ctx: ActionContext): unknown {
  const state = elbState(ctx);
  mustListener(state, ctx.params.req('ListenerArn'));
  delete state.listeners[ctx.params.req('ListenerArn')];
  return {};
}

/** Listener actions. */
export const listenerActions = { CreateListener: create, DescribeListeners: describe, ModifyListener: modify, DeleteListener: remove };
