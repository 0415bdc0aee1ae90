// Ages for the UI ("12 s ago"), ticking once a second through one shared timer.
import { useEffect, useState } from 'react';

/** "4 s", "3 min", "2 h". */
export function ageText(fromIso: string, nowMs: number): string {
  const s = Math.max(0, Math.round((nowMs - Date.parse(fromIso)) / 1000));
  if (s < 90) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 3600)} h`;
}

const listeners = new Set<(t: number) => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** The current time, re-rendering every second while mounted. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    listeners.add(setNow);
    timer ??= setInterval(() => { const t = Date.now(); listeners.forEach((l) => l(t)); }, 1000);
    return () => {
      listeners.delete(setNow);
      if (!listeners.size && timer) { clearInterval(timer); timer = undefined; }
    };
  }, []);
  return now;
}
