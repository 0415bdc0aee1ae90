/**
 * Extra /_sandbox control routes contributed by services (e.g. GET
 * /_sandbox/sns/messages), so a service can expose Sandbox-only views without
 * touching the core. Register in the service's `attach`; handlers get the core
 * of the Sandbox that received the request, so one registry serves them all.
 */
import type { SandboxCore } from './core/service';

/** Handles one control request; returns the JSON body (status 200) or throws an Error (status 400). */
export type ControlRouteHandler = (core: SandboxCore, body: string) => unknown;

const routes = new Map<string, ControlRouteHandler>();

/** Registers `METHOD /_sandbox/...` (idempotent: the same route registers once). */
export function addControlRoute(route: string, handler: ControlRouteHandler): void {
  if (!/^(GET|POST|DELETE|PUT) \/_sandbox\/[\w/-]+$/.test(route)) throw new Error(`control route '${route}': expected 'METHOD /_sandbox/<path>'`);
  routes.set(route, handler);
}

/** The handler of a route, if a service registered it. */
export function controlRoute(route: string): ControlRouteHandler | undefined {
  return routes.get(route);
}
