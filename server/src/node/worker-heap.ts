/**
 * The young generation of each language-server analysis worker, in MB: its
 * size from the worker's start to its end.
 *
 * An analysis allocates briskly and keeps little. With a young generation of
 * 6 MB that grew no further (the server sets `--semi-space-growth-factor=1`
 * for its main thread, and V8's flags are the process's), a worker collected
 * it about once per edit of a 300-line Dockerfile, each time while most of
 * an analysis was still alive: about 345 collections and 315–355 ms per 350
 * edits. At 12 MB, 151–152 collections and 113–128 ms, and didChange →
 * diagnostics p50 / p95 3.9–4.0 / 9.3 → 3.2 / 6.7–7.8 ms (alternating
 * runs). It costs memory: after 10,000 edits of a 30-line Dockerfile the
 * server's RSS is 7–8 MB higher (134–135 → 141–143 MB, alternating runs);
 * 16 MB halved the collections again for a few MB more. The size is fixed,
 * not grown, so it does not creep up over a long session.
 *
 * `boot.ts` makes it the starting size (`--min-semi-space-size`, read when a
 * thread's heap is set up: the main thread's was set up before); the worker's
 * resource limit (`lsp/worker.ts`) caps it there.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;
