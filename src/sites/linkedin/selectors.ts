/**
 * Every LinkedIn selector Preflight uses, and nothing else. Each constant is a list of
 * alternatives tried in order; each alternative says what it matches, since when, and how sure
 * the evidence is (confidence labels from SITES.md Part B: High / Med / Low).
 *
 * LinkedIn runs two generations side by side: the classic Ember UI (BEM classes, Quill editor,
 * since 2025 hosted inside the open shadow root of #interop-outlet) and the 2025–26 SDUI front end
 * (hashed classes; only componentkey, data-testid, data-sdui-*, aria-*, role and SVG icon ids are
 * stable). `:has()` is avoided on purpose: the same checks are done in code, which also runs in
 * older engines and jsdom.
 */

/** Host elements whose open shadow root holds the classic Ember modals (B0.2, 2025→, High). */
export const INTEROP_OUTLET = [
  // The outlet by id, 6+ sources 2025–26. High.
  '#interop-outlet',
  // The same host by test id, in case the id changes. Med.
  '[data-testid="interop-shadowdom"]',
] as const;

/** Frames that hold a hidden copy of a composer and must be ignored (B11). */
export const IGNORED_FRAME = [
  // The hidden /preload/ iframe next to the interop outlet, 2025–26. Med.
  'iframe[data-testid="interop-iframe"]',
] as const;

/** Every element someone can type a post or comment into. Classified later by composer type. */
export const EDITOR = [
  // Quill editor (classic share box, classic comments), 10+ tools 2021–26. High.
  '.ql-editor[contenteditable="true"]',
  // Quill's own test hook on the same element, 2024–26. High.
  '[data-test-ql-editor-contenteditable="true"]',
  // SDUI share dialog's Tiptap editor, 2026. High for SDUI.
  '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
  // SDUI Tiptap comment editor, 8+ tools 2026. High.
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
  // Any ProseMirror/Tiptap editor (covers reply editors in SDUI comment threads), 2026. Med.
  '.ProseMirror[contenteditable="true"]',
  // Company-page composer: a plain textbox inside the share dialog (2026-10, one source). Low–Med.
  '[role="textbox"][contenteditable="true"]',
] as const;

/** Editors we never check: direct messages, also rendered in the shadow root (B11). */
export const MESSAGING = [
  // The DM editor, classic and interop, 2020–26. High.
  '.msg-form__contenteditable',
  // The DM form around it. High.
  '.msg-form',
  // Messaging overlay bubbles (the bottom-right chat windows), 2020–26. High.
  '.msg-overlay-conversation-bubble',
  '.msg-overlay-list-bubble',
  // SDUI messaging surfaces by test id (guess from the new feed naming). Low.
  '[data-testid*="messaging"]',
] as const;

/** The classic share modal that wraps the Quill share box (B2). */
export const CLASSIC_SHAREBOX = [
  // The modal by its test hook, 2–3 tools 2025–26. Med.
  '[data-test-modal-id="sharebox"]',
  // The v2 modal class, 2–3 tools 2025–26. Med.
  '.share-box-v2__modal',
  // The creation area inside any share modal, many tools 2021–26. High.
  '.share-creation-state',
  // The dialog labelled by the share header. Med.
  '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',
] as const;

/** The SDUI share dialog (B3): a native dialog; recognised by what it holds. */
export const SDUI_DIALOG = [
  // Native dialog with LinkedIn's test id, 4 tools 2026. Med–High.
  'dialog[data-testid="dialog"]',
  // Any native dialog (the test id may move). Med.
  'dialog',
  // An ARIA dialog (company-page composer; hosts that are not <dialog>). Med.
  '[role="dialog"]',
] as const;

/** Proves a dialog is the share composer (B3). */
export const SDUI_SHARE_SCREEN = [
  // The SDUI screen id of the composer, 2026. Med–High.
  '[data-sdui-screen*="sharing.ShareCompose"]',
  // The Tiptap share editor itself, 2026. High.
  '[componentkey="ShareBox_textEditor"]',
] as const;

/** Comment boxes around a comment editor (B5). */
export const COMMENT_BOX = [
  // Classic Quill comment form, 2019–26 (still on /feed/update/ pages 2026-08). High.
  'form.comments-comment-box__form',
  // Classic comment box wrapper (older builds and reply boxes). Med.
  '.comments-comment-box',
  // Classic comment text editor wrapper. Med.
  '.comments-comment-texteditor',
  // SDUI Tiptap comment editor wrapper, 8+ tools 2026. High.
  '[data-testid="ui-core-tiptap-text-editor-wrapper"]',
] as const;

/** Comment threads: their Reply/Repost-like controls belong to comments, not to the post (B5, B6). */
export const COMMENT_THREAD = [
  // Classic comment items and lists, 2019–26. High.
  '.comments-comment-item',
  'article.comments-comment-entity',
  '.comments-comments-list',
  // SDUI comment list by test id (2026 tools). Low.
  '[data-testid*="commentList"]',
] as const;

/** The classic share box Post button (B2, B8). */
export const CLASSIC_POST_BUTTON = [
  // "Post" / "Schedule" in the share footer, many tools 2021–26. High.
  'button.share-actions__primary-action',
  // The same in older builds without the button tag in selectors. Med.
  '.share-actions__primary-action',
] as const;

/** The classic comment submit button; exists only once the editor has text (B5). */
export const CLASSIC_COMMENT_BUTTON = [
  // Current classic comment submit, 2024–26. High.
  'button.comments-comment-box__submit-button--cr',
  // Older builds. Med.
  'button.comments-comment-box__submit-button',
] as const;

/** The footer of the classic share box, where attachment buttons and Post live. */
export const CLASSIC_SHARE_FOOTER = [
  // Footer actions bar, 2021–26. High.
  '.share-actions',
  // Footer bar in older builds. Med.
  '.share-box_actions',
] as const;

/** Preview area under the classic editor: media, link card or the reshared post (B2, B9). */
export const CLASSIC_PREVIEW = [
  // 2021–26. High.
  '.share-creation-state__preview-container',
] as const;

/** Uploaded images and videos shown in a composer (B9). */
export const MEDIA_PREVIEW = [
  // Classic image preview, 2024–26. Med.
  'img.share-images__image',
  // Classic image component in previews, 2024–26. Med.
  '.update-components-image__image',
  // Any video preview. Med.
  'video',
  // Classic video component (covers a poster without a <video> yet). Med.
  '.update-components-video',
] as const;

/** "+N" overflow counter on the classic multi-image preview (B9). Med. */
export const MEDIA_EXCESS_COUNT = ['.update-components-image__excess-image-count-text'] as const;

/** SDUI composer thumbnails: alt "image 0", "image 1", … (B9, 2026 tools). Med–Low. */
export const SDUI_THUMBNAIL = [
  // Thumbnail images by their alt text.
  'img[alt^="image "]',
] as const;

/** Link-preview cards whose images are not attached media (B7, B9). */
export const LINK_PREVIEW = [
  // SDUI preview card, 2026. Med–Low.
  '#ShareBoxpreviewCard',
  // Classic article card, 2021–26. Med.
  '.share-article',
  '.update-components-article',
] as const;

/** A reshared post shown inside a composer ("Repost with your thoughts", B6). */
export const RESHARED_POST = [
  // Classic mini update in the preview container, 2023–26. Med.
  '.update-components-mini-update-v2',
  '.feed-shared-mini-update-v2',
  // A full update rendered as preview. Med.
  '.feed-shared-update-v2',
  // Anything carrying the activity URN. Med.
  '[data-urn^="urn:li:activity:"]',
  '[data-id^="urn:li:activity:"]',
  // SDUI commentary block of the original post (2026-05, one tool). Low.
  '[componentkey^="feed-commentary"]',
  '[data-testid="expandable-text-box"]',
] as const;

/** A post in the feed (the container a Repost button belongs to, B6). */
export const FEED_POST = [
  // Classic update with its URN, 2019–26. High.
  '.feed-shared-update-v2[data-urn]',
  '[data-urn^="urn:li:activity:"]',
  '[data-id^="urn:li:activity:"]',
  // Classic update without a URN attribute. Med.
  '.feed-shared-update-v2',
  // SDUI: posts are list items carrying FeedType_ componentkeys (2026-05, one tool). Low–Med.
  '[role="listitem"][componentkey*="FeedType_"]',
  // SDUI: any list item (checked in code to hold post text). Low.
  '[role="listitem"]',
  // Any article (post-detail pages). Low.
  'article',
] as const;

/** The post's own text inside a feed post or reshared preview. */
export const POST_TEXT = [
  // SDUI commentary, 2026-05. Med.
  '[componentkey^="feed-commentary"]',
  // SDUI expandable text, several 2026 tools. Med.
  '[data-testid="expandable-text-box"]',
  // Classic description and text components, 2021–26. High.
  '.feed-shared-update-v2__description',
  '.update-components-text',
  '.feed-shared-inline-show-more-text',
  '.feed-shared-text',
] as const;

/** The post author's name inside a feed post. */
export const POST_AUTHOR = [
  // Classic actor name (visible span only, the other one is for screen readers), 2022–26. Med.
  '.update-components-actor__title span[aria-hidden="true"]',
  '.update-components-actor__name',
  '.feed-shared-actor__name',
] as const;

/** Links to a post's permalink, carrying the activity URN (B6). */
export const POST_PERMALINK = [
  // Post-detail links, 2019–26. Med.
  'a[href*="/feed/update/urn:li:activity:"]',
] as const;

/** Attributes that carry a post's URN (B6). */
export const POST_URN_ATTRIBUTES = ['data-urn', 'data-id', 'data-view-tracking-scope', 'componentkey'] as const;

/** The Repost button that opens the repost menu (B6). */
export const REPOST_BUTTON = [
  // Classic reshare button, 2020–26. High.
  'button.social-reshare-button',
  // Classic dropdown trigger by class (older builds). Med.
  '.social-reshare-button',
] as const;

/**
 * SVG icon ids of the SDUI Repost button (language-neutral, 3+ tools 2026). Med. Written as
 * [id="…"], not #id: the same icon id repeats once per post, and some engines answer #id
 * queries from the document's first element with that id.
 */
export const REPOST_ICON = [
  'svg[id="repost-small"]',
  'use[href="#repost-small"]',
  'svg[data-test-icon="repost-small"]',
] as const;

/** The open repost menu (classic dropdown content or SDUI menu). */
export const REPOST_MENU = [
  // Classic reshare dropdown, 2020–26. Med.
  '.social-reshare-button__share-dropdown-content',
  // Any artdeco dropdown (the reshare menu is one). Med.
  '.artdeco-dropdown__content',
  // SDUI menus, 2026. Low–Med.
  '[role="menu"]',
] as const;

/** A row of the repost menu (B6). */
export const MENU_ITEM = [
  // SDUI/ARIA menu items, 2026. Low–Med.
  '[role="menuitem"]',
  // Classic dropdown items. Med.
  '.artdeco-dropdown__item',
  // SDUI rows rendered as div buttons, 2026. Low–Med.
  '[role="button"]',
  'button',
] as const;

/**
 * Menu-item wording, only as a last resort (B6: localised and unstable). "With your thoughts"
 * opens a composer (checked on its own Post); anything else in the repost menu reposts at once.
 */
export const REPOST_WITH_THOUGHTS_TEXT =
  /with your thoughts|with thoughts|mit (?:ihren|deinen) gedanken|avec vos idées|avec votre avis|con tus ideas|con i tuoi pensieri|met je gedachten|\bquote\b/i;

/** Wording of an instant repost item, used only with no structural signal at all (B6). Low. */
export const REPOST_INSTANT_TEXT = /repost|reposten|republier|republicar|ripubblica|teilen|opnieuw plaatsen/i;

/** Classic author + audience button in the share header: line 1 = author (B4, 3 identities 2026-08). High. */
export const CLASSIC_AUTHOR_BUTTON = [
  '.share-unified-settings-entry-button',
  // Older header author block. Med.
  '.share-box-header__actor',
] as const;

/** SDUI "Post as" control: a div button with a caret icon, not the audience/comment controls (B3). Low–Med. */
export const SDUI_POST_AS_BUTTON = ['[role="button"][aria-expanded]', 'button[aria-expanded]'] as const;
export const CARET_ICON = ['svg[id="caret-small"]', 'use[href="#caret-small"]'] as const;
export const NOT_AUTHOR_ICONS = [
  'svg[id="visibility-small"]',
  'use[href="#visibility-small"]',
  'svg[id="comment-small"]',
  'use[href="#comment-small"]',
] as const;

/**
 * The company-page composer's author/audience button reads "<Page> … Post to Anyone" (B3,
 * 2026-10, one source): found by wording as a last resort (localised). Low.
 */
export const AUTHOR_AUDIENCE_TEXT = /\b(post to|posten an|publier pour|publicar para|pubblica per)\b/i;

/** The signed-in member's profile link on the new feed (B10, 4 tools 2026). Med. */
export const MEMBER_PROFILE_LINK = [
  '#shareboxProfilePictureComponentRef a[href]',
  'a#shareboxProfilePictureComponentRef[href]',
  'a[componentkey="shareboxProfilePictureComponentRef"]',
  '[componentkey="shareboxProfilePictureComponentRef"] a[href]',
  // Legacy feed identity card and nav (B10, High for legacy; absent on the 2026 new feed).
  '.feed-identity-module a[href*="/in/"]',
  '.global-nav__me a[href*="/in/"]',
] as const;

/** The signed-in member's display name on the legacy feed (B10). High for legacy. */
export const MEMBER_NAME = ['img.global-nav__me-photo[alt]'] as const;

/** Mentions in Quill editors: real entities (B7, 7+ tools). High. */
export const QUILL_MENTION = ['a.ql-mention', '[data-test-ql-mention="true"]'] as const;

/**
 * Mentions in Tiptap editors. Their DOM was never captured (SITES.md open question 7): these are
 * a GUESS from Tiptap's Mention extension defaults (`span[data-type="mention"][data-id]`,
 * class "mention") and LinkedIn's node attribute name (`entityID`). Low.
 */
export const TIPTAP_MENTION = [
  '[data-type="mention"]',
  '.mention',
  '[data-entity-id]',
  '[data-entityid]',
  'a[data-entity-urn]',
] as const;

/** The post action bar's Comment button icon (it opens the box; it is not the submit). Med. */
export const COMMENT_ICON = ['svg[id="comment-small"]', 'use[href="#comment-small"]'] as const;

/** Text-only buttons labelled like the submit ("Post", "Comment"), last resort for SDUI (B3, B5). */
export const POST_BUTTON_TEXT =
  /^(post|posten|publier|publicar|pubblica|plaatsen|publicera|opublikuj|schedule|planen|programmer)$/i;
export const COMMENT_BUTTON_TEXT = /^(comment|kommentieren|commenter|comentar|commenta|reageren)$/i;
/** Reply boxes inside a comment thread submit with "Reply" (used only for editors inside a thread). */
export const REPLY_BUTTON_TEXT = /^(reply|antworten|répondre|responder|rispondi|beantwoorden)$/i;
