/**
 * The service worker. Disposable by design: nothing important lives in module variables;
 * policy and caches are read from storage on demand.
 */
import { checkPost } from '../core/engine';
import { type CheckResponse, parseRequest, type Request } from '../core/messages';
import { browser, type Runtime } from '../platform/browser';
import { sendToTab } from '../platform/tabs';
import { openLink, prepareLinks, recordOpenedLink } from './links/handlers';
import { acknowledgePolicy, getCheckContext, getPolicyState, startPolicyStore } from './policy-store';

// Registered at the top level so storage changes (managed policy, settings) wake the worker.
startPolicyStore();

/** defaults ⊕ user settings ⊕ managed policy (see policy-store.ts). */
export async function effectivePolicy() {
  return (await getPolicyState()).policy;
}

/** Tells a tab that links changed (opened, or followed to their destination): re-check drafts. */
function linksChanged(tabId: number | undefined): void {
  if (tabId !== undefined) void sendToTab(tabId, { type: 'links-changed' }).catch(() => undefined);
}

async function handle(request: Request, sender: Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (request.type) {
    case 'check': {
      const { state, paused, acknowledge } = await getCheckContext();
      // Short links' destinations and opened links, from cache or within a short grace.
      const post = paused ? request.post : await prepareLinks(request.post, state.policy, () => linksChanged(tabId));
      // Paused by the user (allowPause): no findings, and the guard lets posts through.
      const findings = paused ? [] : checkPost(post, state.policy);
      const response: CheckResponse = {
        type: 'findings',
        seq: request.seq,
        findings,
        failClosed: state.policy.failClosed,
        paused,
        ...(acknowledge && { acknowledge }),
      };
      return response;
    }
    case 'get-policy':
      return { type: 'policy', ...(await getPolicyState({ fresh: true })) };
    case 'acknowledge':
      await acknowledgePolicy(request.version);
      return { type: 'ok' };
    case 'ping':
      return { type: 'pong' };
    case 'link-opened':
      recordOpenedLink(request.url, (await getPolicyState()).policy, () => linksChanged(tabId));
      return { type: 'ok' };
    case 'open-link':
      await openLink(request.url, (await getPolicyState()).policy, () => linksChanged(tabId));
      return { type: 'ok' };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask; anything else is ignored, not answered.
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseRequest(message);
  if (!request) return Promise.resolve({ type: 'error', error: 'invalid message' });
  return handle(request, sender);
});
