/** Canvas geometry shared by the layout engine, the renderer and image export, so they agree on node sizes. */
import type { DesignNode } from '../model';
import { isContainer } from '../model';

/** Size of a resource (non-container) node on the canvas. */
export const RESOURCE_NODE_SIZE = { width: 160, height: 64 } as const;

/** Inner padding of a container: room for its header (icon and name) and its border. */
export const CONTAINER_PADDING = { top: 48, left: 24, bottom: 24, right: 24 } as const;

/** Smallest size a container may shrink to. */
export const MIN_CONTAINER_SIZE = { width: 200, height: 120 } as const;

/** The drawn size of a node: its stored size for containers, the fixed resource size otherwise. */
export function nodeSize(node: DesignNode): { readonly width: number; readonly height: number } {
  if (isContainer(node)) return node.size ?? MIN_CONTAINER_SIZE;
  return RESOURCE_NODE_SIZE;
}
