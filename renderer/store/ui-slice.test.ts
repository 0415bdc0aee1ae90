// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore } from './index';
import { BOTTOM_HEIGHT, PREFS_KEY, clampBottomHeight } from './ui-slice';

beforeEach(() => localStorage.clear());

describe('bottom panel height preference', () => {
  it('keeps the height between the minimum and 70 % of the window', () => {
    expect(clampBottomHeight(50, 1000)).toBe(BOTTOM_HEIGHT.min);
    expect(clampBottomHeight(333.4, 1000)).toBe(333);
    expect(clampBottomHeight(900, 1000)).toBe(700);
    expect(clampBottomHeight(Number.NaN, 1000)).toBe(BOTTOM_HEIGHT.initial);
    // A window too small for the share still leaves the minimum.
    expect(clampBottomHeight(400, 100)).toBe(BOTTOM_HEIGHT.min);
  });

  it('starts at the default, and a new store (the next launch) starts where the last one left it', () => {
    const first = createAppStore();
    expect(first.getState().bottomHeight).toBe(BOTTOM_HEIGHT.initial);
    first.getState().setUi({ bottomHeight: 360 });
    expect(first.getState().bottomHeight).toBe(360);
    expect(JSON.parse(localStorage.getItem(PREFS_KEY)!)).toEqual({ bottomHeight: 360 });
    expect(createAppStore().getState().bottomHeight).toBe(360);
  });

  it('clamps what it is given and ignores a saved value that is not a number', () => {
    const store = createAppStore();
    store.getState().setUi({ bottomHeight: 10 });
    expect(store.getState().bottomHeight).toBe(BOTTOM_HEIGHT.min);
    localStorage.setItem(PREFS_KEY, '{"bottomHeight":"tall"}');
    expect(createAppStore().getState().bottomHeight).toBe(BOTTOM_HEIGHT.initial);
    localStorage.setItem(PREFS_KEY, 'not json');
    expect(createAppStore().getState().bottomHeight).toBe(BOTTOM_HEIGHT.initial);
  });

  it('does not write preferences for changes that are not preferences', () => {
    createAppStore().getState().setUi({ bottomTab: 'findings' });
    expect(localStorage.getItem(PREFS_KEY)).toBeNull();
  });
});
