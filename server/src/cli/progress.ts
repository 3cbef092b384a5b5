/** A progress bar on standard error, for long scans on a terminal. */

/** Scans with fewer files finish before a bar would help. */
export const PROGRESS_MIN_FILES = 200;
const INTERVAL_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the bar. */
  done(): void;
}

export function progressBar(write: (s: string) => void, columns = 80): Progress {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < INTERVAL_MS) return;
      last = now;
      const label = ` ${done}/${total} files`;
      const width = Math.max(10, Math.min(40, columns - label.length - 4));
      const filled = Math.round((done / Math.max(1, total)) * width);
      write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
      shown = true;
    },
    done() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}

export const noProgress: Progress = { update() {}, done() {} };
