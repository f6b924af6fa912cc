import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Neo4jPasswordError, resolvePassword } from '../../../server/src/graph/neo4j-password.ts';

describe('the embedded Neo4j password file', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pw-'));
    file = path.join(dir, 'password');
  });
  afterEach(() => fsp.rm(dir, { recursive: true, force: true }));

  it('is generated once, private (0600), and read back the same', async () => {
    const first = await resolvePassword(dir, undefined);
    expect(first).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await fsp.stat(file)).mode & 0o777).toBe(0o600);
    expect(await resolvePassword(dir, undefined)).toBe(first);
  });

  it('refuses a file other users can read, saying how to fix it', async () => {
    await fsp.writeFile(file, 'abcdefghijkl\n', { mode: 0o644 });
    await fsp.chmod(file, 0o644);
    await expect(resolvePassword(dir, undefined)).rejects.toThrow(Neo4jPasswordError);
    await expect(resolvePassword(dir, undefined)).rejects.toThrow(/mode 644.*chmod 600/);
  });

  it('refuses a too-short password with the reason, and keeps the file as it was', async () => {
    await fsp.writeFile(file, 'abc\n', { mode: 0o600 });
    await expect(resolvePassword(dir, undefined)).rejects.toThrow(/has 3 characters; Neo4j needs at least 8/);
    expect(await fsp.readFile(file, 'utf8')).toBe('abc\n');
  });

  it('never prints the content of a damaged file', async () => {
    await fsp.writeFile(file, 'secret-part\0more-secret\n', { mode: 0o600 });
    const error = await resolvePassword(dir, undefined).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Neo4jPasswordError);
    expect((error as Error).message).toMatch(/control characters \(not shown\)/);
    expect((error as Error).message).not.toMatch(/secret/);
  });

  it('takes NEO4J_PASSWORD over the file, and refuses one too short', async () => {
    expect(await resolvePassword(dir, 'given-password')).toBe('given-password');
    await expect(resolvePassword(dir, 'short')).rejects.toThrow(/NEO4J_PASSWORD has 5 characters/);
  });
});
