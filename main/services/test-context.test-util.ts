// A host context over a temp user-data folder for the services' tests (records emitted events).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyDesign } from '../../src/model/empty';
import { serializeDesign } from '../../src/model/serialize';
import type { Dialogs, HostContext } from './types';

/** A test host context plus the events it emitted and its temp folder. */
export interface TestContext extends HostContext {
  readonly events: { channel: string; payload: unknown }[];
  readonly dir: string;
  cleanup(): Promise<void>;
}

/** Creates a context whose home and a scratch folder live under a fresh temp folder. */
export async function testContext(dialogs?: Dialogs): Promise<TestContext> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'ha-svc-')));
  const events: { channel: string; payload: unknown }[] = [];
  const closers: (() => void | Promise<void>)[] = [];
  return {
    host: 'web',
    version: '0.0.0-test',
    home: path.join(dir, 'home'),
    templatesDir: fileURLToPath(new URL('../../resources/templates', import.meta.url)),
    ...(dialogs ? { dialogs } : {}),
    emit: (channel, payload) => void events.push({ channel, payload }),
    onClose: (dispose) => void closers.push(dispose),
    events,
    dir,
    cleanup: async () => {
      for (const c of closers.reverse()) await c();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** The text of a valid (empty) design. */
export function validDesignText(name = 'Test design'): string {
  return serializeDesign(emptyDesign('test-design', name));
}
