/**
 * The shared corpus of real-world files, read by never-crash, fix-safety and
 * benchmark code. It lives outside the project (`../shared/corpus` beside the
 * checkout, or wherever SHIPSHAPE_CORPUS points). A fresh clone without it
 * skips the corpus tests with a visible reason; CI sets
 * SHIPSHAPE_REQUIRE_CORPUS=1 so a missing corpus fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.env.SHIPSHAPE_CORPUS || resolve(__dirname, '../../../shared/corpus'));

export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** Path inside the original repository (decides the file kind). */
  repoPath: string;
  kind: 'dockerfile' | 'compose' | 'k8s' | 'workflow' | 'dockerignore';
  repo: string;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'index.jsonl'));
}

const MISSING = `corpus not found at ${CORPUS_DIR}; set SHIPSHAPE_CORPUS or run where it exists`;

/**
 * The `skip` option of a test that needs the corpus: the reason when it is
 * absent, `false` when present — and `false` too when SHIPSHAPE_REQUIRE_CORPUS=1,
 * so the test runs and `requireCorpus()` fails it with the same reason.
 */
export function skipWithoutCorpus(): string | false {
  if (corpusAvailable() || process.env.SHIPSHAPE_REQUIRE_CORPUS === '1') return false;
  return MISSING;
}

/** Fails (throws) with a clear message when the corpus is absent. */
export function requireCorpus(): void {
  if (!corpusAvailable()) throw new Error(`${MISSING} (SHIPSHAPE_REQUIRE_CORPUS=1 makes this a failure)`);
}

export function corpusFiles(kind?: CorpusFile['kind']): CorpusFile[] {
  requireCorpus();
  const lines = readFileSync(join(CORPUS_DIR, 'index.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines
    .map((l) => JSON.parse(l) as { repo: string; path: string; kind: CorpusFile['kind']; file: string })
    .filter((e) => !kind || e.kind === kind)
    .map((e) => ({ path: join(CORPUS_DIR, e.file), repoPath: e.path, kind: e.kind, repo: e.repo }));
}
