// A one-line progress bar on stderr for batches: `[████░░░░] 420/1000 42% 38.2 articles/s ETA 15s`.
// Drawn only when stderr is a terminal and --quiet is not given; redrawn at most every 100 ms;
// other stderr lines (input errors) are written above it through `above`.

export interface ProgressOptions {
  total: number;
  /** writes to stderr */
  write: (s: string) => void;
  /** terminal width */
  columns?: number;
  /** milliseconds clock, for tests */
  now?: () => number;
}

export interface Progress {
  /** one more article done */
  tick(): void;
  /** write a line to stderr without breaking the bar */
  above(line: string): void;
  /** erase the bar (at the end of the batch) */
  stop(): void;
}

/** A Progress that draws nothing (not a terminal, --quiet, or a single input). */
export const silentProgress = (write: (s: string) => void): Progress => ({ tick() {}, above: write, stop() {} });

export function progressBar(opts: ProgressOptions): Progress {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  let done = 0;
  let last = -Infinity;
  let shown = false;

  const line = (): string => {
    const secs = (now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const pct = opts.total ? Math.floor((done / opts.total) * 100) : 100;
    const eta = rate > 0 && done < opts.total ? ` ETA ${formatSecs((opts.total - done) / rate)}` : '';
    const tail = ` ${done}/${opts.total} ${pct}% ${rate.toFixed(1)} articles/s${eta}`;
    const width = Math.max(10, Math.min(40, (opts.columns ?? 80) - tail.length - 3));
    const filled = opts.total ? Math.round((done / opts.total) * width) : width;
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${tail}`;
  };
  const draw = (force = false) => {
    const t = now();
    if (!force && t - last < 100) return;
    last = t;
    shown = true;
    opts.write(`\r${line()}\x1b[K`);
  };
  const clear = () => {
    if (shown) opts.write('\r\x1b[K');
    shown = false;
  };

  draw(true);
  return {
    tick() {
      done++;
      draw(done === opts.total);
    },
    above(s) {
      clear();
      opts.write(s);
      draw(true);
    },
    stop() {
      clear();
    },
  };
}

export function formatSecs(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.floor(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
