/**
 * What a site adapter offers the content script. Adapters are the only code that knows a
 * selector; everything they return is derived from the live DOM at call time (composers are
 * re-rendered wholesale, so no node is held across calls).
 */
import type { Post, Site, Surface } from '../core/types';

/** One composer as found from an editor element at this moment. */
export interface Composer {
  /** The contenteditable (or textarea) the user types in. */
  editor: HTMLElement;
  surface: Surface;
  /** The element the inline panel is anchored next to (outside the editor subtree). */
  anchor: HTMLElement;
  /** The composer's own submit button, if rendered. */
  submitButton: HTMLElement | null;
  /**
   * Every editor whose text makes up this post, in order (X threads: tweetTextarea_0, _1, …).
   * Absent means just `editor`. Highlights map finding offsets across these editors.
   */
  editors?: HTMLElement[];
}

/** What a trusted user action would do, resolved from the event's composed path. */
export type SubmitIntent =
  | { kind: 'post'; composer: Composer }
  /** A repost without a composer (X "Repost" menu item, LinkedIn instant repost). */
  | {
      kind: 'repost';
      original: { text: string; url?: string; author?: string };
      /** The element the user activated; clicked once more to let an approved repost through. */
      trigger?: HTMLElement;
    };

export interface SiteAdapter {
  site: Site;
  /** Every live editor on the page, in the document and in the open shadow roots it uses. */
  findEditors(doc: Document): HTMLElement[];
  /** The composer around an editor, or null when the editor is not one we check (DMs, search). */
  composerFor(editor: HTMLElement): Composer | null;
  /** The post as the site would publish it, read from the composer now. */
  readPost(composer: Composer): Post;
  /** For a click or key event: does it submit a post or repost? Uses event.composedPath(). */
  submitIntent(event: Event): SubmitIntent | null;
  /** Shadow roots to observe besides the document (LinkedIn's #interop-outlet). */
  shadowRoots(doc: Document): ShadowRoot[];
  /** Inserts text at the caret through the editor's own input path (never DOM mutation). */
  insertText(composer: Composer, text: string): void;
  /**
   * Optional: sees every capture-phase click/keydown before submitIntent, so the adapter can
   * remember context the compose DOM does not carry (the post a Repost/Quote menu was opened on).
   */
  noteEvent?(event: Event): void;
}
