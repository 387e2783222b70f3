/**
 * Work a request starts but does not wait for (sending an email, queueing a distribution).
 * Shutting down waits for it, so a restart loses nothing under way; failures are logged, never
 * thrown at a request that has already been answered.
 */
const inFlight = new Set<Promise<unknown>>();

export function runInBackground(
  work: () => Promise<unknown>,
  onError: (error: unknown) => void,
): void {
  const running = Promise.resolve().then(work).catch(onError);
  inFlight.add(running);
  void running.finally(() => inFlight.delete(running));
}

/** Resolves once every piece of background work (including work it started) has settled. */
export async function settleBackgroundWork(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
