// Ages for the UI ("12 s"), ticking from one shared clock at most once a second; only what shows an age subscribes
// (stale badges, the wall screen), so a tick re-renders those and nothing else.
import { useSyncExternalStore } from 'react';

/** "4 s", "3 min", "2 h". */
export function ageText(fromIso: string, nowMs: number): string {
  const s = Math.max(0, Math.round((nowMs - Date.parse(fromIso)) / 1000));
  if (s < 90) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 3600)} h`;
}

const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** A time of day ("09:00:03") with one shared formatter (toLocaleTimeString builds a new one per call). */
export function clockTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : CLOCK.format(t);
}

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => { now = Date.now(); listeners.forEach((l) => l()); }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) { clearInterval(timer); timer = undefined; }
  };
}

/** The shared clock's time (ms), re-rendering the caller once a second while mounted. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

// While nobody ticks, the time read at mount is whole seconds, so two reads in one render agree.
function snapshot(): number {
  if (!timer) now = Math.floor(Date.now() / 1000) * 1000;
  return now;
}

/** How many components tick with the clock now (tests: only stale badges do). */
export function clockSubscribers(): number {
  return listeners.size;
}
