import { onTestFinished } from 'vitest';

/**
 * Fails the running test with each problem (5xx, contract violation) its requests caused. A
 * problem raised outside a test (in a `beforeAll`) is kept and thrown by `close()`, so none is
 * lost. Throwing at the request would not do: a client under test may catch it and retry.
 */
export class ProblemLog {
  /** Every problem seen, for inspection. */
  readonly all: string[] = [];
  private readonly pending: string[] = [];

  constructor(private readonly label: string) {}

  report(problem: string): void {
    this.all.push(problem);
    const message = `${this.label}: ${problem}`;
    try {
      onTestFinished(() => {
        throw new Error(message);
      });
    } catch {
      // Not inside a test.
      this.pending.push(message);
    }
  }

  /** Throws the problems raised outside any test. */
  throwPending(): void {
    const left = this.pending.splice(0);
    if (left.length > 0) throw new Error(left.join('\n'));
  }
}
