/** What a filing's check found: the first application of a retry, a day that reads full, or a turn to book. */
export type TurnOutcome = { replay: string } | { full: true } | { turn: Turn };

/** A booking transaction's place: released when it ends, whatever the outcome. */
export interface Turn {
  release(): void;
}

/** One filing's answer from a check: its retry's first application, and whether its day already reads full. */
export interface Checked {
  replay: string | null;
  full: boolean;
}

/** Checks many waiting filings at once (one statement), answering in their order. */
export type CheckFilings<F> = (filings: F[]) => Promise<Checked[]>;

interface Waiting<F> {
  filing: F;
  settle(outcome: TurnOutcome): void;
  fail(error: unknown): void;
}

/**
 * Booking transactions at a time in this process, and the check before each (issue 16). A filing waits
 * until a turn is free, so in a storm it reads the day as it is after the bookings before it. The
 * filing is then checked for a retry and for a day that already reads full; once a check has found a
 * full day, the filings waiting are checked together, up to `batchSize` in one statement: under a storm
 * most have waited until the day is full, and a few statements refuse them all, where each once cost a
 * statement of its own. Those free to book take the free turns, in order; the rest wait again at the
 * front. takeSlot in the booking's transaction stays the real guard.
 */
export class BookingTurns<F> {
  private running = 0;
  private readonly waiting: Waiting<F>[] = [];
  /** The last check found a full day: check many at once. Until then one at a time, as many as turns free up. */
  private refusing = false;

  constructor(
    private readonly check: CheckFilings<F>,
    private readonly turns: number,
    private readonly batchSize: number,
  ) {}

  /** Resolves once this filing is checked: with its retry, a full day, or a turn to book in. */
  take(filing: F): Promise<TurnOutcome> {
    return new Promise((settle, fail) => {
      this.waiting.push({ filing, settle, fail });
      this.dispatch();
    });
  }

  /** Every free turn checks the next batch of waiting filings. */
  private dispatch(): void {
    while (this.running < this.turns && this.waiting.length) {
      this.running++;
      void this.checkBatch(this.waiting.splice(0, this.refusing ? this.batchSize : 1));
    }
  }

  /** The batch's turn goes to its first filing free to book; the next ones take the turns free now. */
  private async checkBatch(batch: Waiting<F>[]): Promise<void> {
    let found: Checked[];
    try {
      found = await this.check(batch.map((waiting) => waiting.filing));
    } catch (error) {
      for (const waiting of batch) waiting.fail(error);
      return this.release();
    }
    this.refusing = found.some((checked) => checked.full);
    const free: Waiting<F>[] = [];
    batch.forEach((waiting, i) => {
      const { replay, full } = found[i];
      if (replay) waiting.settle({ replay });
      else if (full) waiting.settle({ full: true });
      else free.push(waiting);
    });
    if (!free.length) return this.release();
    const granted = free.splice(0, 1 + Math.max(0, this.turns - this.running));
    this.running += granted.length - 1;
    this.waiting.unshift(...free);
    for (const waiting of granted) waiting.settle({ turn: this.turn() });
  }

  private turn(): Turn {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.release();
      },
    };
  }

  private release(): void {
    this.running--;
    this.dispatch();
  }
}
