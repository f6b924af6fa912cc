/** Ports: reading one from a setting, and asking the OS for a free one (Node only). */
import net from 'node:net';
import { SettingError } from './errors.ts';

/** Parses a TCP port from a setting, naming the setting when it is not one. */
export function parsePort(value: string, name: string): number {
  if (!/^\d+$/.test(value.trim())) throw new SettingError(`${name} '${value}' is not a port number (expected 1-65535)`);
  const port = Number(value);
  if (port < 1 || port > 65535) throw new SettingError(`${name} ${value} is out of range (expected 1-65535)`);
  return port;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}
