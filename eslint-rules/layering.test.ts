// The layering of ARCHITECTURE.md is a machine check: these cases pin what it allows and refuses.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('layering rule', () => {
  it('keeps src/model free of everything but itself and zod', async () => {
    expect(await problems('src/model/x.ts', "import { z } from 'zod';\nimport { a } from './node';\nexport const y = [z, a];\n")).toEqual([]);
    expect(await problems('src/model/x.ts', "import fs from 'node:fs';\nexport const y = fs;\n")).toEqual([expect.stringMatching(/src\/model must not import Node built-in/)]);
    expect(await problems('src/model/x.ts', "import { v } from '../validate';\nexport const y = v;\n")).toEqual([expect.stringMatching(/must not import src\/validate/)]);
  });

  it('keeps the pure tier off Node, the SDK and the node tier', async () => {
    expect(await problems('src/validate/x.ts', "import { EC2Client } from '@aws-sdk/client-ec2';\nexport const y = EC2Client;\n")).toHaveLength(1);
    expect(await problems('src/iac/x.ts', "import { plan } from '../provision/plan';\nexport const y = plan;\n")).toHaveLength(1);
    expect(await problems('src/iac/x.ts', "import YAML from 'yaml';\nimport { indexDesign } from '../model';\nexport const y = [YAML, indexDesign];\n")).toEqual([]);
  });

  it('keeps the Sandbox reachable only over HTTP', async () => {
    expect(await problems('src/provision/x.ts', "import { startSandbox } from '../cloud-sim';\nexport const y = startSandbox;\n")).toHaveLength(1);
    expect(await problems('src/cloud-sim/ec2/x.ts', "import { indexDesign } from '../../model';\nexport const y = indexDesign;\n")).toHaveLength(1);
    expect(await problems('src/cloud-sim/ec2/x.ts', "import { STS } from '@aws-sdk/client-sts';\nexport const y = STS;\n")).toHaveLength(1);
    expect(await problems('src/cloud-sim/ec2/x.ts', "import http from 'node:http';\nimport { a } from '../core/a';\nexport const y = [http, a];\n")).toEqual([]);
  });

  it('keeps the renderer in the browser, but allows type imports from anywhere in src', async () => {
    expect(await problems('renderer/x.ts', "import fs from 'node:fs';\nexport const y = fs;\n")).toHaveLength(1);
    expect(await problems('renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n")).toHaveLength(1);
    expect(await problems('renderer/x.ts', "import { plan } from '../src/provision/plan';\nexport const y = plan;\n")).toHaveLength(1);
    expect(await problems('renderer/x.ts', "import type { Plan } from '../src/provision/plan';\nexport type Y = Plan;\n")).toEqual([]);
    expect(await problems('renderer/x.ts', "import { validateDesign } from '../src/validate';\nexport const y = validateDesign;\n")).toEqual([]);
  });

  it('keeps electron in main/electron and the preload minimal', async () => {
    expect(await problems('main/services/x.ts', "import { app } from 'electron';\nexport const y = app;\n")).toHaveLength(1);
    expect(await problems('main/electron/x.ts', "import { app } from 'electron';\nexport const y = app;\n")).toEqual([]);
    expect(await problems('main/electron/preload.ts', "import { readFile } from 'node:fs';\nexport const y = readFile;\n")).toHaveLength(1);
    expect(await problems('src/cli/x.ts', "import { startWebHost } from '../../main/web/host';\nexport const y = startWebHost;\n")).toHaveLength(1);
  });
});
