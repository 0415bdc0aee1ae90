/**
 * One AWS API call end to end: verify SigV4, pick the service from the
 * credential scope and the action from the body or X-Amz-Target, apply
 * injected faults, run the handler, render the result in the service's protocol.
 */
import { AwsError } from './errors';
import { newRequestId, ACCOUNT_ID } from './ids';
import { Params } from './params';
import { assertRegion } from './regions';
import { isReadOnlyAction, type ActionContext, type SandboxCore, type ServiceDefinition } from './service';
import { parseAuthorization, verifySigV4, type SignableRequest } from './sigv4';
import { ec2Error, ec2Result } from './protocols/ec2';
import { jsonError, jsonResult } from './protocols/json';
import { queryError, queryResult } from './protocols/query';
import type { WireResponse } from './protocols/wire';

/** Services indexed by the SigV4 signing name. */
export type ServiceTable = ReadonlyMap<string, ServiceDefinition>;

/** Builds the lookup table, rejecting two services with one signing name. */
export function serviceTable(defs: readonly ServiceDefinition[]): ServiceTable {
  const table = new Map<string, ServiceDefinition>();
  for (const d of defs) {
    if (table.has(d.signingName)) throw new Error(`cloud-sim: two services sign as '${d.signingName}' (${table.get(d.signingName)!.name}, ${d.name})`);
    table.set(d.signingName, d);
  }
  return table;
}

function renderError(def: ServiceDefinition | undefined, err: AwsError, requestId: string, jsonBody: boolean): WireResponse {
  if (def?.protocol === 'ec2') return ec2Error(err, requestId);
  if (def?.protocol === 'json' || (!def && jsonBody)) return jsonError(err, def?.jsonNamespace ?? `com.amazonaws.${def?.name ?? 'sandbox'}`, requestId);
  return queryError(err, def?.xmlNamespace, requestId);
}

function render(def: ServiceDefinition, action: string, requestId: string, body: unknown): WireResponse {
  if (def.protocol === 'ec2') return ec2Result(action, def.xmlNamespace ?? '', requestId, body);
  if (def.protocol === 'json') return jsonResult(requestId, body);
  return queryResult(action, def.xmlNamespace ?? '', requestId, body);
}

function toAwsError(e: unknown): AwsError {
  if (e instanceof AwsError) return e;
  return new AwsError('InternalError', `Sandbox internal error: ${(e as Error)?.message ?? String(e)}`, 500);
}

function actionOf(def: ServiceDefinition, req: SignableRequest, params: Params): string {
  if (def.protocol === 'json') {
    const target = String(req.headers['x-amz-target'] ?? '');
    const [prefix, action] = target.split('.');
    if (!action || (def.jsonTarget && prefix !== def.jsonTarget)) {
      throw new AwsError('UnknownOperationException', `X-Amz-Target '${target}' is not ${def.jsonTarget ?? '<target>'}.<Action>`, 400);
    }
    return action;
  }
  const action = params.str('Action');
  if (!action) throw new AwsError('MissingAction', 'The request must contain the parameter Action', 400);
  return action;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Handles one signed AWS request. */
export async function dispatch(core: SandboxCore, services: ServiceTable, req: SignableRequest): Promise<WireResponse> {
  const requestId = newRequestId();
  const jsonBody = String(req.headers['content-type'] ?? '').includes('json');
  let def: ServiceDefinition | undefined;
  try {
    def = services.get(parseAuthorization(String(req.headers.authorization ?? '')).scope.service);
  } catch {
    def = undefined;
  }
  try {
    const scope = verifySigV4(req, core.credentials, core.clock.now());
    if (!def) throw new AwsError('UnknownService', `The Sandbox does not implement service '${scope.service}'`, 400);
    assertRegion(scope.region);
    const text = req.body.toString('utf8');
    const params = def.protocol === 'json' ? new Params({}) : Params.fromForm(req.query ? `${req.query}&${text}` : text);
    const json = def.protocol === 'json' ? parseJson(text) : {};
    const action = actionOf(def, req, params);
    const handler = Object.hasOwn(def.actions, action) ? def.actions[action] : undefined;
    if (!handler) {
      throw def.protocol === 'json'
        ? new AwsError('UnknownOperationException', `The Sandbox does not implement ${def.name}:${action}`, 400)
        : new AwsError('InvalidAction', `The action ${action} is not valid for this web service (Sandbox ${def.name}).`, 400);
    }
    const delay = core.world.latency(def.name, action, scope.region);
    if (delay > 0) await sleep(delay);
    const injected = core.world.apiError(def.name, action, scope.region);
    if (injected) throw injected;
    if (def.protocol === 'ec2' && params.str('DryRun') === 'true') {
      throw new AwsError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
    }
    const ctx: ActionContext = { service: def.name, action, region: scope.region, accountId: ACCOUNT_ID, requestId, params, json, core };
    const body = await handler(ctx);
    if (!isReadOnlyAction(action)) core.store.dirty();
    return render(def, action, requestId, body);
  } catch (e) {
    return renderError(def, toAwsError(e), requestId, jsonBody);
  }
}

function parseJson(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* fall through to the error below */
  }
  throw new AwsError('SerializationException', 'Request body must be a JSON object', 400);
}
