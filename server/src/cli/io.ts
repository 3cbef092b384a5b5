/** What the CLI needs from its process: streams, terminal facts, working directory. Tests pass their own. */
import { availableParallelism } from 'node:os';

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard output is a terminal (colours allowed). */
  stdoutIsTTY: boolean;
  /** Standard error is a terminal (progress bar allowed). */
  stderrIsTTY: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
  /** Cores of the machine (`--jobs` defaults to one thread fewer than the cores, at least one, this one included). */
  cores: number;
}

/** The real process's {@link Io}. */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
    cores: availableParallelism(),
  };
}

/** A usage or configuration error: exit code 2 with a one-line reason. */
export class UsageError extends Error {}
