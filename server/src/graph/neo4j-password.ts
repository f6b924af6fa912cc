/**
 * The embedded Neo4j's password: NEO4J_PASSWORD when given, else <dataDir>/password, generated
 * once (mode 0600). A file we would have to guess about is refused with the fix in the message,
 * never silently replaced (that would lock out every client configured with the old one), and
 * its content is never printed (it is a secret, and a broken one may hold anything).
 */
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { ExpectedError } from '../../../shared/errors.ts';

export const PASSWORD_FILE = 'password';
/** Neo4j's own minimum. */
export const MIN_PASSWORD_LENGTH = 8;

/** The password (file or setting) cannot be used; the message says why and how to fix it. */
export class Neo4jPasswordError extends ExpectedError {}

/** Printable characters only: a control character (NUL, escape…) means a damaged or binary file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

function checkPassword(password: string, where: string, fix: string): string {
  if (CONTROL.test(password)) throw new Neo4jPasswordError(`${where} holds control characters (not shown): ${fix}`);
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Neo4jPasswordError(`${where} has ${password.length} characters; Neo4j needs at least ${MIN_PASSWORD_LENGTH}: ${fix}`);
  }
  return password;
}

/** The password to give the embedded Neo4j; creates the password file on first use. */
export async function resolvePassword(dataDir: string, given: string | undefined): Promise<string> {
  if (given !== undefined) return checkPassword(given, 'NEO4J_PASSWORD', 'set a longer one');
  const file = path.join(dataDir, PASSWORD_FILE);
  const fix = `write a new one (8+ printable characters) into it, or delete it to have one generated`;
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    const password = randomBytes(18).toString('base64url'); // 24 characters
    // 'wx': never overwrite a file another process created meanwhile.
    await fsp.writeFile(file, password + '\n', { mode: 0o600, flag: 'wx' });
    return password;
  }
  try {
    const { mode } = await handle.stat();
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new Neo4jPasswordError(`${file} can be read by other users (mode ${(mode & 0o777).toString(8)}); make it private with: chmod 600 ${file}`);
    }
    const text = (await handle.readFile('utf8')).replace(/\r?\n$/, '');
    return checkPassword(text, file, fix);
  } finally {
    await handle.close();
  }
}
