/**
 * The service worker. Disposable by design: nothing important lives in module variables;
 * policy and caches are read from storage on demand.
 */
import { checkPost } from '../core/engine';
import { parseRequest, type Request } from '../core/messages';
import { resolvePolicy } from '../core/policy/resolve';
import { validatePolicy } from '../core/policy/validate';
import { browser, type Runtime } from '../platform/browser';

async function effectivePolicy() {
  const stored = await browser.storage.sync.get('settings').catch(() => ({}) as Record<string, unknown>);
  const user = validatePolicy(stored.settings ?? {}).policy;
  return resolvePolicy([{ source: 'user', policy: user }]).policy;
}

async function handle(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'check': {
      const findings = checkPost(request.post, await effectivePolicy());
      return { type: 'findings', seq: request.seq, findings };
    }
    case 'get-policy':
      return { type: 'policy', policy: await effectivePolicy() };
    case 'ping':
      return { type: 'pong' };
    case 'link-opened':
      return { type: 'ok' };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask; anything else is ignored, not answered.
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseRequest(message);
  if (!request) return Promise.resolve({ type: 'error', error: 'invalid message' });
  return handle(request);
});
