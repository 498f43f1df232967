/**
 * The content script's line to the background worker. The worker is disposable (it restarts,
 * and sendMessage wakes it); the extension itself can be updated or reloaded under a live page,
 * which orphans this script ("Extension context invalidated"). Nothing here may throw into the
 * page: a dead runtime answers null and reports itself once through `onDead`.
 */
import type { Request } from '../core/messages';
import { browser } from '../platform/browser';

export interface Transport {
  /** The answer, or null when there is none within `timeoutMs` or the runtime is gone. */
  send(message: Request, timeoutMs?: number): Promise<unknown>;
  /** False once the extension context is invalidated; never true again. */
  alive(): boolean;
}

const INVALIDATED = /context invalidated|extension context|receiving end does not exist/i;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

export function runtimeTransport(onDead: () => void): Transport {
  let dead = false;
  const die = () => {
    if (dead) return;
    dead = true;
    onDead();
  };
  const alive = () => {
    if (dead) return false;
    try {
      // An orphaned content script sees runtime.id become undefined.
      if (browser.runtime?.id) return true;
    } catch {
      // Accessing the runtime can itself throw once the context is gone.
    }
    die();
    return false;
  };
  return {
    alive,
    send(message, timeoutMs = 5_000) {
      if (!alive()) return Promise.resolve(null);
      let sent: Promise<unknown>;
      try {
        sent = browser.runtime.sendMessage(message);
      } catch (e) {
        if (INVALIDATED.test(String(e))) die();
        return Promise.resolve(null);
      }
      const checked = sent.catch((e: unknown) => {
        // "Receiving end does not exist" while the worker restarts is transient; the runtime
        // id tells whether the extension itself is gone.
        if (INVALIDATED.test(String(e))) alive();
        throw e;
      });
      return withTimeout(checked, timeoutMs);
    },
  };
}
