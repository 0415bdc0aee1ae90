import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic';

let dir: string;
beforeEach(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ha-atomic-')); });
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates a file and leaves no temp files behind', async () => {
    const f = path.join(dir, 'a.ha.json');
    await writeFileAtomic(f, 'one', { backup: true });
    expect(await fs.readFile(f, 'utf8')).toBe('one');
    expect(await fs.readdir(dir)).toEqual(['a.ha.json']);
  });

  it('keeps the previous version as .bak', async () => {
    const f = path.join(dir, 'a.ha.json');
    await writeFileAtomic(f, 'one', { backup: true });
    await writeFileAtomic(f, 'two', { backup: true });
    await writeFileAtomic(f, 'three', { backup: true });
    expect(await fs.readFile(f, 'utf8')).toBe('three');
    expect(await fs.readFile(f + '.bak', 'utf8')).toBe('two');
    expect((await fs.readdir(dir)).sort()).toEqual(['a.ha.json', 'a.ha.json.bak']);
  });

  it('keeps the file mode of the file it replaces', async () => {
    const f = path.join(dir, 'private.ha.json');
    await fs.writeFile(f, 'x', { mode: 0o600 });
    await fs.chmod(f, 0o600);
    await writeFileAtomic(f, 'y');
    expect((await fs.stat(f)).mode & 0o777).toBe(0o600);
  });

  it('leaves the old file whole when the write fails', async () => {
    const f = path.join(dir, 'missing-folder', 'a.ha.json');
    await expect(writeFileAtomic(f, 'x')).rejects.toThrow();
    const g = path.join(dir, 'g.ha.json');
    await fs.writeFile(g, 'old');
    await fs.chmod(dir, 0o500);
    try {
      if (process.getuid?.() === 0) return; // root ignores folder permissions
      await expect(writeFileAtomic(g, 'new')).rejects.toThrow();
      expect(await fs.readFile(g, 'utf8')).toBe('old');
    } finally {
      await fs.chmod(dir, 0o700);
    }
  });
});
