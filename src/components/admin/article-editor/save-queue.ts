/**
 * The editor's saves, one at a time and none dropped. A save asked for while another is in
 * flight waits and then sends the editor's state as it is *then* (latest state wins); several
 * asks during one flight make one more save, manual if any of them was manual. Each send
 * reads the state through `read()` at the moment it starts, so text typed while a save was
 * in flight is never marked as saved by that earlier save.
 */
export interface SaveQueue {
  /** Asks for a save; resolves when a save that includes the state at this call has finished. */
  request(manual: boolean): Promise<void>;
  /** Resolves once nothing is in flight or waiting. */
  idle(): Promise<void>;
  /** Forgets waiting saves (after a conflict: retrying cannot succeed). */
  clear(): void;
  readonly busy: boolean;
}

export function createSaveQueue(send: (manual: boolean) => Promise<void>): SaveQueue {
  let flight: Promise<void> | null = null;
  let waiting: { manual: boolean; done: Promise<void>; resolve: () => void } | null = null;

  const start = (manual: boolean): Promise<void> => {
    const run = (async () => {
      try {
        await send(manual);
      } finally {
        flight = null;
        const next = waiting;
        waiting = null;
        if (next) void start(next.manual).then(next.resolve, next.resolve);
      }
    })();
    flight = run.catch(() => undefined);
    return flight;
  };

  return {
    request(manual) {
      if (!flight) return start(manual);
      if (waiting) {
        waiting.manual ||= manual;
        return waiting.done;
      }
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      waiting = { manual, done, resolve };
      return done;
    },
    async idle() {
      while (flight || waiting) await (waiting?.done ?? flight);
    },
    clear() {
      const dropped = waiting;
      waiting = null;
      dropped?.resolve();
    },
    get busy() {
      return flight !== null || waiting !== null;
    },
  };
}
