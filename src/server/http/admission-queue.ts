/** How many requests may work on the database at once, and how many may wait for a turn. */
export interface AdmissionLimits {
  /** Requests in progress at once; the rest wait in arrival order. */
  maxActive: number;
  /** Requests waiting for a turn; past this a request is turned away at once. */
  maxWaiting: number;
}

/** A request's place: `granted` resolves when it may run; `leave` gives the place (or turn) back. */
export interface AdmissionTicket {
  /** Resolves when the request may run (at once when a slot is free). */
  readonly granted: Promise<void>;
  /** True once the request holds a slot (it was granted and has not left). */
  readonly isActive: boolean;
  /**
   * Gives the place back: a waiting request leaves the line without ever running,
   * an active one frees its slot for the next in line. Calling it again does nothing.
   */
  leave(): void;
}

export interface AdmissionQueue {
  /** A ticket, or undefined when the line is full and the request must be turned away. */
  enter(): AdmissionTicket | undefined;
  readonly activeCount: number;
  readonly waitingCount: number;
}

interface Waiter {
  grant(): void;
}

/**
 * A first-come, first-served line in front of a resource that does one thing at a time
 * (the embedded database): a few run, a bounded number wait, the rest are refused at
 * once so that waiting time (and memory) cannot grow without bound.
 */
export function createAdmissionQueue(limits: AdmissionLimits): AdmissionQueue {
  let activeCount = 0;
  // A Set keeps arrival order and lets a request that gave up leave from the middle.
  const waiting = new Set<Waiter>();

  function admitNext(): void {
    while (activeCount < limits.maxActive && waiting.size > 0) {
      const next = waiting.values().next().value as Waiter;
      waiting.delete(next);
      activeCount++;
      next.grant();
    }
  }

  function enter(): AdmissionTicket | undefined {
    const canRunNow = activeCount < limits.maxActive && waiting.size === 0;
    if (!canRunNow && waiting.size >= limits.maxWaiting) return undefined;

    let state: 'waiting' | 'active' | 'left' = 'waiting';
    let resolveGranted: () => void = () => {};
    const granted = new Promise<void>((resolve) => {
      resolveGranted = resolve;
    });
    const waiter: Waiter = {
      grant: () => {
        state = 'active';
        resolveGranted();
      },
    };

    if (canRunNow) {
      activeCount++;
      waiter.grant();
    } else {
      waiting.add(waiter);
    }

    return {
      granted,
      get isActive() {
        return state === 'active';
      },
      leave: () => {
        if (state === 'waiting') waiting.delete(waiter);
        if (state === 'active') {
          activeCount--;
          admitNext();
        }
        state = 'left';
      },
    };
  }

  return {
    enter,
    get activeCount() {
      return activeCount;
    },
    get waitingCount() {
      return waiting.size;
    },
  };
}
