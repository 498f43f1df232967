/** The shapes every part of Preflight agrees on (DESIGN.md, contract 1). */

export const RULE_IDS = [
  'analyst-stock',
  'confidential',
  'custom',
  'disclaimer',
  'hostile',
  'image-rights',
  'politics',
  'profanity',
  'risky-link',
  'tagging',
  'unread-link',
  'wrong-account',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['off', 'info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SITES = ['x', 'linkedin'] as const;
export type Site = (typeof SITES)[number];

export const SURFACES = ['post', 'reply', 'quote', 'repost', 'comment'] as const;
export type Surface = (typeof SURFACES)[number];

/** A mention the editor knows as an entity (LinkedIn mentions carry no "@"). */
export interface MentionEntity {
  text: string;
  /** Profile or company URN/URL when the editor exposes it. */
  id?: string;
  kind?: 'person' | 'company';
}

/** One post as the site adapter read it, or as the CLI was given it. */
export interface Post {
  text: string;
  site?: Site;
  surface?: Surface;
  /** Mention entities from the editor; "@handles" typed in the text are found by the engine. */
  mentions?: MentionEntity[];
  /** Number of attached images, videos or GIFs. */
  media?: number;
  /** The account the post would be published from. */
  account?: { handle: string; name?: string };
  /** For quotes and reposts: the post being shared. */
  quoted?: { text: string; url?: string; author?: string };
  /** Links the author has opened (normalised URLs or as typed). */
  openedLinks?: string[];
  /** What the background learned by following links in the post (short links' destinations). */
  links?: PostLink[];
}

/** How following a link ended (src/background/links/resolver.ts). */
export const LINK_STATUSES = ['resolved', 'loop', 'too-many-hops', 'http-error', 'timeout', 'failed'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** One link of a post, followed by the background; the engine stays offline and synchronous. */
export interface PostLink {
  /** The link as found in the post (compared after normalisation). */
  url: string;
  status: LinkStatus;
  /** Where it leads: the last address reached (also for a 404 or a stop at a host not allowed). */
  resolved?: string;
  /** Redirects followed. */
  hops?: number;
  /** HTTP status of the last answer, for `http-error`. */
  httpStatus?: number;
}

export interface Finding {
  rule: RuleId;
  severity: Exclude<Severity, 'off'>;
  /** Names the problem and the fix. */
  message: string;
  /** UTF-16 offsets into the post text, when the finding points at text. */
  start?: number;
  end?: number;
  /** Text to add or use instead (the disclaimer to add, the word to drop). */
  suggestion?: string;
  /** True when the finding is about the quoted/reposted post rather than the author's text. */
  inQuoted?: boolean;
  /** The link the finding is about (unread-link: the panel's "Open link" button opens it). */
  link?: string;
}
