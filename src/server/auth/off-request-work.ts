/**
 * Work started by a request but done after it has been answered, so the answer
 * cannot depend on it — neither its content nor its time. The password reset
 * uses it: whether the address is known decides what work is done, and nothing
 * of that may show in the answer.
 */
export class OffRequestWork {
  private readonly pending = new Set<Promise<void>>();
  private held: (() => void)[] | undefined;

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Queues the work for after the current request; never awaited by the request. */
  run(work: () => Promise<void>): void {
    const started = new Promise<void>((resolve) => {
      if (this.held) this.held.push(resolve);
      else setImmediate(resolve);
    });
    const done: Promise<void> = started
      .then(work)
      .catch(this.onError)
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  /** How much work is queued or running. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Tests: queue work without starting it, to see what the request did on its own. */
  hold(): void {
    this.held ??= [];
  }

  /** Starts what was held, and runs later work at once again. */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const start of held) start();
  }

  /** Resolves once every queued piece of work has finished (at shutdown, and in tests). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }
}
