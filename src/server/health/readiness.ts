/** Where the process is in its life: only `ready` takes traffic. */
export type ReadinessPhase = 'starting' | 'ready' | 'stopping';

/** The phase GET /api/health/ready reports; the server moves it at start and at stop. */
export interface Readiness {
  readonly phase: ReadinessPhase;
  moveTo(phase: ReadinessPhase): void;
}

export function createReadiness(phase: ReadinessPhase = 'starting'): Readiness {
  let current = phase;
  return {
    get phase() {
      return current;
    },
    moveTo(next) {
      current = next;
    },
  };
}
