/**
 * Credentials for a registry, read only from the `auths` of the user's Docker
 * configuration (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`).
 * Credential helpers (`credsStore`, `credHelpers`) run programs and are not
 * used.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Credentials {
  username: string;
  password: string;
}

/** The Docker configuration file to read: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
}

/** The keys a host may be written under in `auths` (Docker Hub keeps its v1 URL). */
function keysFor(displayHost: string): string[] {
  if (displayHost === 'docker.io') return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1'];
  return [displayHost, `https://${displayHost}`, `http://${displayHost}`, `https://${displayHost}/`, `https://${displayHost}/v1/`, `https://${displayHost}/v2/`];
}

/**
 * Credentials for a registry host from a Docker config file's `auths`;
 * undefined when there are none or the file is missing or malformed.
 */
export function credentialsFor(displayHost: string, configPath: string = dockerConfigPath()): Credentials | undefined {
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch {
    return undefined;
  }
  const auths = (config as { auths?: unknown } | null)?.auths;
  if (typeof auths !== 'object' || auths === null) return undefined;
  for (const key of keysFor(displayHost)) {
    const entry = (auths as Record<string, unknown>)[key];
    if (typeof entry !== 'object' || entry === null) continue;
    const { auth, username, password } = entry as Record<string, unknown>;
    if (typeof auth === 'string' && auth) {
      const decoded = Buffer.from(auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (typeof username === 'string' && typeof password === 'string' && username) return { username, password };
  }
  return undefined;
}
