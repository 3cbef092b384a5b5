/** The shared corpus of real-world files (../shared/corpus), read by never-crash, fix-safety and benchmark code. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../../shared/corpus');

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

export function corpusFiles(kind?: CorpusFile['kind']): CorpusFile[] {
  const lines = readFileSync(join(CORPUS_DIR, 'index.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines
    .map((l) => JSON.parse(l) as { repo: string; path: string; kind: CorpusFile['kind']; file: string })
    .filter((e) => !kind || e.kind === kind)
    .map((e) => ({ path: join(CORPUS_DIR, e.file), repoPath: e.path, kind: e.kind, repo: e.repo }));
}
