/**
 * Waits for `find` to return something truthy (polling the DOM that Preact renders after a tick)
 * and returns it; fails naming `what` after about a second.
 */
export async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`timed out waiting for ${what}`);
}
