/** Where Shipshape keeps what it caches for the user (the registry's answers, the server's compiled code). */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$SHIPSHAPE_CACHE`, else `$XDG_CACHE_HOME/shipshape`, else `~/.cache/shipshape`. */
export function shipshapeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SHIPSHAPE_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'shipshape');
}
