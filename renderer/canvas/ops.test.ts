// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexDesign } from '../../src/model';
import { createAppStore } from '../store';
import { absoluteRects } from './geometry';
import { connectNodes, dropKind, moveNodes } from './ops';

function centreOf(store: ReturnType<typeof createAppStore>, id: string) {
  const r = absoluteRects(store.getState().design).get(id)!;
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

function built() {
  const store = createAppStore();
  const region = dropKind(store, 'region', { x: 450, y: 300 })!;
  const vpc = dropKind(store, 'vpc', centreOf(store, region))!;
  const az = dropKind(store, 'az', centreOf(store, vpc))!;
  const subnet = dropKind(store, 'subnet', centreOf(store, az))!;
  const vpcRect = absoluteRects(store.getState().design).get(vpc)!;
  const rtb = dropKind(store, 'routeTable', { x: vpcRect.x + vpcRect.width - 100, y: vpcRect.y + 80 })!;
  return { store, region, vpc, az, subnet, rtb };
}

describe('canvas gestures through the store', () => {
  it('each drop is one undo step and selects the new node', () => {
    const { store, subnet } = built();
    expect(store.getState().past).toHaveLength(5);
    expect(store.getState().past[3]!.label).toBe('Add subnet');
    store.getState().undo();
    expect(indexDesign(store.getState().design).byId.has(subnet)).toBe(true);
  });

  it('a route table connected to a subnet becomes an association (property), announced in a toast', () => {
    const { store, rtb, subnet } = built();
    expect(connectNodes(store, rtb, subnet)).toBe(true);
    expect(indexDesign(store.getState().design).byId.get(rtb)).toMatchObject({ subnetIds: [subnet] });
    expect(store.getState().design.edges).toEqual([]);
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'success' });
  });

  it('a refused connection or move changes nothing and says why', () => {
    const { store, rtb, region } = built();
    const before = store.getState().design;
    expect(connectNodes(store, region, rtb)).toBe(false);
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'error' });
    expect(moveNodes(store, [{ id: rtb, position: { x: -5000, y: -5000 } }])).toBe(false);
    expect(store.getState().toasts.at(-1)!.text).toMatch(/route table cannot go on the canvas top level/);
    expect(store.getState().design).toBe(before);
  });
});
