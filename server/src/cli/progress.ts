// A progress line for long runs (issue 16): files done, of how many, and the rate, rewritten in place
// on stderr — only when stderr is a terminal, so pipes, CI logs and tests never see it, and only once
// the run has taken a second.
const MiB = 1048576;

export class Progress {
  private done = 0;
  private chars = 0;
  private last = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
  ) {}

  /** One more file done (`chars` of text). Redraws at most ten times a second. */
  tick(chars: number): void {
    this.done++;
    this.chars += chars;
    if (!this.enabled) return;
    const now = Date.now();
    // A run that ends within a second never shows the line (nor leaves it in a terminal log).
    if (now - this.started < 1000) return;
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    this.write(`\r${this.done}/${this.total} files, ${(this.chars / MiB).toFixed(0)} MiB, ${(this.done / seconds).toFixed(0)} files/s\x1b[K`);
    this.shown = true;
  }

  /** Clears the line before anything else is written to the terminal. */
  end(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
