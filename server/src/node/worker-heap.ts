/**
 * The young generation of each language-server analysis worker, in MB: its
 * size from the worker's start to its end.
 *
 * An analysis allocates briskly and keeps little. With a young generation of
 * 6 MB that grew no further (the server sets `--semi-space-growth-factor=1`
 * for its main thread, and V8's flags are the process's), a worker collected
 * it about every other edit of a 300-line Dockerfile, each time while most of
 * an analysis was still alive: 220 collections and 350 ms over 400 edits.
 * At 16 MB, 65 collections and 90 ms, and didChange → diagnostics p50 / p95
 * about 4.5 / 11 → 3.4 / 8 ms (same edits, alternating runs). The size is
 * fixed, not grown, so it does not creep up over a long session either.
 *
 * `boot.ts` makes it the starting size (`--min-semi-space-size`, read when a
 * thread's heap is set up: the main thread's was set up before); the worker's
 * resource limit (`lsp/worker.ts`) caps it there.
 */
export const WORKER_YOUNG_GENERATION_MB = 16;
