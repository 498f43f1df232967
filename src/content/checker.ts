/**
 * Asks the background for findings and remembers the latest answer per draft. Answers carry the
 * request's `seq`: one that arrives after a newer request was sent is stale and is not shown
 * (the guard still uses the answer to its own request).
 */
import type { CheckResponse } from '../core/messages';
import type { Finding, Post } from '../core/types';
import type { Transport } from './transport';

export interface Answer {
  key: string;
  post: Post;
  response: CheckResponse;
}

/** Everything in a Post that can change a verdict. */
export function postKey(post: Post): string {
  return JSON.stringify([
    post.site,
    post.surface,
    post.text,
    post.media ?? 0,
    post.account?.handle ?? '',
    post.quoted?.text ?? null,
    post.mentions ?? [],
    post.openedLinks ?? [],
  ]);
}

function isCheckResponse(x: unknown): x is CheckResponse {
  const r = x as Partial<CheckResponse> | null;
  return !!r && r.type === 'findings' && typeof r.seq === 'number' && Array.isArray(r.findings);
}

export const needsStop = (f: Finding) => f.severity === 'warn' || f.severity === 'block';

export class Checker {
  private seq = 0;
  private latest: Answer | null = null;
  /** The last failClosed the policy told us; used when the worker does not answer at all. */
  failClosed = false;

  constructor(private readonly transport: Transport) {}

  /** The fresh answer for exactly this post, if one is known. */
  answerFor(post: Post): CheckResponse | null {
    return this.latest?.key === postKey(post) ? this.latest.response : null;
  }

  /** Sends a check; resolves with the answer (null on timeout or a dead runtime). */
  async check(post: Post, timeoutMs?: number): Promise<{ answer: Answer | null; current: boolean }> {
    const seq = ++this.seq;
    const reply = await this.transport.send({ type: 'check', seq, post }, timeoutMs);
    if (!isCheckResponse(reply) || reply.seq !== seq) return { answer: null, current: seq === this.seq };
    this.failClosed = reply.failClosed;
    const answer = { key: postKey(post), post, response: reply };
    const current = seq === this.seq;
    // Only the newest request may replace what is shown; an older answer is stale.
    if (current) this.latest = answer;
    return { answer, current };
  }

  /** Forget every answer (the policy changed). */
  reset(): void {
    this.latest = null;
  }

  get shown(): Answer | null {
    return this.latest;
  }
}
