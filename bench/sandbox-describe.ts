// Sandbox benchmark: RunInstances throughput, DescribeInstances latency over
// 1,000 and 10,000 instances, and the Sandbox process's memory at 10,000.
// The Sandbox runs in a child process so its RSS/heap are measured alone.
// Run: npx tsx bench/sandbox-describe.ts
import { fork } from 'node:child_process';
import { startSandbox, SANDBOX_CREDENTIALS } from '../src/cloud-sim/index';
import { signRequest } from '../src/cloud-sim/core/sigv4';

type Msg = { endpoint?: string; memory?: NodeJS.MemoryUsage; cpu?: NodeJS.CpuUsage };
const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]!.toFixed(1)} ms (min ${s[0]!.toFixed(1)})`;
};
const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;

if (process.argv[2] === '--server') {
  const sb = await startSandbox({ port: 0, timeScale: 0.001 });
  process.send!({ endpoint: sb.endpoint });
  process.on('message', (m) => {
    if (m === 'cpu') {
      process.send!({ cpu: process.cpuUsage() });
      return;
    }
    (globalThis as { gc?: () => void }).gc?.();
    process.send!({ memory: process.memoryUsage() });
  });
  process.on('disconnect', () => { void sb.close().then(() => process.exit(0)); });
} else {
  // Loaded only here, so the Sandbox child process does not carry the SDK in its memory figures.
  const { EC2Client, CreateVpcCommand, CreateSubnetCommand, RunInstancesCommand, DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
  const child = fork(process.argv[1]!, ['--server'], { execArgv: [...process.execArgv, '--expose-gc'] });
  const next = (): Promise<Msg> => new Promise((r) => child.once('message', (m) => r(m as Msg)));
  const { endpoint } = await next();
  const ec2 = new EC2Client({ endpoint: endpoint!, region: 'us-east-1', credentials: { ...SANDBOX_CREDENTIALS }, maxAttempts: 1 });
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
  const subnets: string[] = [];
  for (const [i, az] of ['a', 'b', 'c'].entries()) {
    subnets.push((await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.0.${i * 64}.0/18`, AvailabilityZone: `us-east-1${az}` }))).Subnet!.SubnetId!);
  }
  let total = 0;
  const launchTo = async (target: number): Promise<string> => {
    const t = performance.now();
    const start = total;
    for (let i = 0; total < target; i++) {
      const n = Math.min(100, target - total);
      await ec2.send(new RunInstancesCommand({
        ImageId: 'ami-0abcdef1234567890', MinCount: n, MaxCount: n, SubnetId: subnets[i % 3]!,
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'bench', Value: String(i % 10) }] }],
      }));
      total += n;
    }
    const ms = performance.now() - t;
    return `${(((total - start) / ms) * 1000).toFixed(0)} instances/s`;
  };
  const url = new URL(endpoint!);
  const serverCpu: number[] = [];
  const cpu = async (): Promise<NodeJS.CpuUsage> => { child.send('cpu'); return (await next()).cpu!; };
  const raw = async (body: string): Promise<number> => {
    const headers = signRequest({ method: 'POST', path: '/', query: '', body: Buffer.from(body), headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded' } }, SANDBOX_CREDENTIALS, 'us-east-1', 'ec2');
    const c0 = await cpu();
    const t = performance.now();
    await (await fetch(`${endpoint}/`, { method: 'POST', headers, body })).arrayBuffer();
    const ms = performance.now() - t;
    const c1 = await cpu();
    serverCpu.push((c1.user - c0.user + c1.system - c0.system) / 1000);
    return ms;
  };
  const measure = async (label: string): Promise<void> => {
    const http: number[] = [];
    const sdk: number[] = [];
    const filtered: number[] = [];
    const cpuAll: number[] = [];
    for (let k = 0; k < 9; k++) {
      http.push(await raw('Action=DescribeInstances&Version=2016-11-15'));
      cpuAll.push(serverCpu.at(-1)!);
      const t = performance.now();
      const out = await ec2.send(new DescribeInstancesCommand({}));
      sdk.push(performance.now() - t);
      const n = out.Reservations!.reduce((a, r) => a + r.Instances!.length, 0);
      if (n !== total) throw new Error(`expected ${total} instances, got ${n}`);
      filtered.push(await raw('Action=DescribeInstances&Version=2016-11-15&Filter.1.Name=tag%3Abench&Filter.1.Value.1=3&Filter.2.Name=instance-state-name&Filter.2.Value.1=running'));
    }
    console.log(`DescribeInstances, ${label}:`);
    console.log(`  all instances, Sandbox CPU time per request (load-independent): ${stats(cpuAll)}`);
    console.log(`  all instances, HTTP round trip (server + transfer): ${stats(http)}`);
    console.log(`  all instances, SDK end to end (incl. client XML parse): ${stats(sdk)}`);
    console.log(`  filtered tag:bench=3 + running, HTTP: ${stats(filtered)}`);
  };
  console.log(`RunInstances x100 to 1,000: ${await launchTo(1000)}`);
  await measure('1,000 instances');
  console.log(`RunInstances x100 1,000 → 10,000: ${await launchTo(10_000)}`);
  child.send('memory');
  const before = (await next()).memory!;
  console.log(`Sandbox process holding 10,000 instances (+ VPC, subnets, SGs, route tables), after GC: RSS ${mb(before.rss)}, heap used ${mb(before.heapUsed)}`);
  await measure('10,000 instances');
  child.send('memory');
  const after = (await next()).memory!;
  console.log(`  same, after serving 27 unpaginated 10,000-instance responses (11 MB each): RSS ${mb(after.rss)}, heap used ${mb(after.heapUsed)}`);
  child.disconnect();
}
