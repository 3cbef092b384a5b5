/**
 * The CLI's `main` in this process, with the same plain environment as
 * `runCli` (no colour forcing, no terminal), for tests about what a command
 * prints and writes rather than about the process: no bundle, no spawn.
 */
import { main } from '../../server/src/cli/main.js';
import type { Run } from '../cli/helpers.js';

export async function runMain(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const base: Record<string, string | undefined> = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { ...base, ...env },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cores: 1,
  });
  return { code, stdout, stderr };
}
