// A seeded mutation fuzzer for the importers: text-level and structure-level mutations of valid inputs; anything
// thrown that is not an ImportError is a crash, any input slower than the hang bound is a hang.
import { seededRandom } from '../../testing/generate';
import { ImportError } from './errors';

/** One importer under test. */
export interface FuzzTarget {
  readonly name: string;
  readonly seeds: readonly string[];
  readonly run: (text: string) => Promise<unknown>;
  /** The seeds are JSON (structural mutations parse and re-serialise them). */
  readonly json?: boolean;
}

/** What a run found. */
export interface FuzzResult {
  readonly target: string;
  readonly inputs: number;
  readonly importErrors: number;
  readonly accepted: number;
  readonly crashes: { input: string; error: string }[];
  readonly slowest: number;
  readonly slowestInput: string;
  readonly hangs: number;
  readonly ms: number;
}

const ODD = ['', '{', '}', '[', ']', ':', '- ', '!Ref', '!GetAtt', '!Sub', '!Cidr', '!Select', '!If', '"', "'", '\n', '\t', '  ', '#', '&a', '*a', '<<: *a', 'null', 'true', '-1', '1e309', '9'.repeat(30), '${', '\\u0000', '\u2028', 'Fn::Join', 'AWS::EC2::Subnet', 'aws_subnet', 'vpc_id', 'Resources', 'Properties', 'Type'];
const VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, '', 'x', '10.0.0.0/16', 'us-east-1a', [], {}, [null], { Ref: 'Vpc' }, { 'Fn::GetAtt': ['Vpc'] }, { 'Fn::Select': [99, []] }, { 'Fn::Cidr': ['10.0.0.0/8', 1e9, 40] }, { Ref: 'AWS::NoValue' }, 'vpc-123', 'aws_vpc.main'];

function mutateText(text: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const at = () => Math.floor(rnd() * (text.length + 1));
  switch (Math.floor(rnd() * 7)) {
    case 0: { const i = at(); return text.slice(0, i) + text.slice(i + 1 + Math.floor(rnd() * 20)); }
    case 1: { const i = at(); return text.slice(0, i) + pick(ODD) + text.slice(i); }
    case 2: { const i = at(); return text.slice(0, i) + String.fromCharCode(Math.floor(rnd() * 128)) + text.slice(i + 1); }
    case 3: { const i = at(); const j = Math.min(text.length, i + Math.floor(rnd() * 200)); return text.slice(0, j) + text.slice(i, j) + text.slice(j); }
    case 4: { const lines = text.split('\n'); const i = Math.floor(rnd() * lines.length); const j = Math.floor(rnd() * lines.length); [lines[i], lines[j]] = [lines[j]!, lines[i]!]; return lines.join('\n'); }
    case 5: return text.slice(0, at());
    default: { const lines = text.split('\n'); const i = Math.floor(rnd() * lines.length); lines[i] = ' '.repeat(Math.floor(rnd() * 6)) + lines[i]!.trimStart(); return lines.join('\n'); }
  }
}

function mutateValue(v: unknown, rnd: () => number, depth = 0): unknown {
  if (depth > 12 || rnd() < 0.02) return VALUES[Math.floor(rnd() * VALUES.length)];
  if (Array.isArray(v)) {
    const out = v.map((x) => (rnd() < 0.3 ? mutateValue(x, rnd, depth + 1) : x));
    if (rnd() < 0.1) out.splice(Math.floor(rnd() * (out.length + 1)), 1);
    return out;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const r = rnd();
      if (r < 0.03) continue;
      out[r < 0.05 ? `${k}x` : k] = r < 0.4 ? mutateValue(x, rnd, depth + 1) : x;
    }
    return out;
  }
  return rnd() < 0.3 ? VALUES[Math.floor(rnd() * VALUES.length)] : v;
}

/** Runs `count` mutated inputs against a target; never throws. */
export async function fuzz(target: FuzzTarget, count: number, seed: number, hangMs = 2000): Promise<FuzzResult> {
  const rnd = seededRandom(seed);
  const parsed = target.json ? target.seeds.map((s) => JSON.parse(s) as unknown) : [];
  const result = { target: target.name, inputs: 0, importErrors: 0, accepted: 0, crashes: [] as { input: string; error: string }[], slowest: 0, slowestInput: '', hangs: 0, ms: 0 };
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const k = Math.floor(rnd() * target.seeds.length);
    let input = target.json && rnd() < 0.5 ? JSON.stringify(mutateValue(parsed[k], rnd)) : target.seeds[k]!;
    for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) if (!target.json || rnd() < 0.6) input = mutateText(input, rnd);
    const t0 = performance.now();
    try {
      await target.run(input);
      result.accepted++;
    } catch (err) {
      if (err instanceof ImportError) result.importErrors++;
      else if (result.crashes.length < 20) result.crashes.push({ input: input.slice(0, 4000), error: err instanceof Error ? err.stack ?? err.message : String(err) });
      else result.crashes.push({ input: '', error: '' });
    }
    const dt = performance.now() - t0;
    if (dt > result.slowest) { result.slowest = dt; result.slowestInput = input; }
    if (dt > hangMs) result.hangs++;
    result.inputs++;
  }
  result.ms = performance.now() - start;
  return result;
}
