// A one-line progress bar on stderr (only when stderr is a terminal, so logs and pipes stay clean).
// Redrawn when the shown percentage changes, not on a timer.

export interface ProgressStream {
  write(chunk: string): unknown;
  columns?: number;
}

export class ProgressBar {
  private done = 0;
  private lastPercent = -1;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly label: string,
  ) {}

  tick(): void {
    this.done++;
    const percent = this.total === 0 ? 100 : Math.floor((this.done * 100) / this.total);
    if (percent === this.lastPercent && this.done !== this.total) return;
    this.lastPercent = percent;
    this.draw(percent);
  }

  render(percent: number): string {
    const counter = `${this.done}/${this.total}`;
    const columns = Math.max(40, Math.min(this.stream.columns ?? 80, 120));
    const barWidth = Math.max(10, columns - this.label.length - counter.length - 12);
    const filled = Math.round((barWidth * percent) / 100);
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${String(percent).padStart(3)}% ${counter}`;
  }

  private draw(percent: number): void {
    this.stream.write(`\r\u001b[2K${this.render(percent)}`);
    this.drawn = true;
  }

  /** Clears the bar so the report starts on a clean line. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
