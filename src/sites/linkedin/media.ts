/** Attached images and videos in a LinkedIn composer (SITES.md B9). */
import { closestAny, queryAll } from './dom';
import { LINK_PREVIEW, MEDIA_EXCESS_COUNT, MEDIA_PREVIEW, RESHARED_POST, SDUI_THUMBNAIL } from './selectors';

/** "+3" on the classic multi-image preview → 3 more images than are drawn. */
function excessCount(root: HTMLElement): number {
  let extra = 0;
  for (const el of queryAll(root, MEDIA_EXCESS_COUNT)) {
    const n = Number.parseInt((el.textContent ?? '').replace(/[^\d]/g, ''), 10);
    if (Number.isFinite(n)) extra += n;
  }
  return extra;
}

/**
 * Media the author attached: previews outside the editor, outside link cards and outside a
 * reshared post (the original's images are not this post's media).
 */
export function countMedia(root: HTMLElement, editor: HTMLElement): number {
  const own = (el: HTMLElement) =>
    !editor.contains(el) && !closestAny(el, LINK_PREVIEW) && !closestAny(el, RESHARED_POST);

  const previews = queryAll(root, MEDIA_PREVIEW).filter(own);
  // A <video> inside .update-components-video is one attachment, not two.
  const classic = previews.filter((el) => !previews.some((other) => other !== el && other.contains(el))).length;

  // SDUI thumbnails are "image 0", "image 1", …; a duplicated preview repeats an alt.
  const alts = new Set(
    queryAll(root, SDUI_THUMBNAIL)
      .filter(own)
      .map((img) => (img.getAttribute('alt') ?? '').trim().toLowerCase())
      .filter((alt) => /^image \d+$/.test(alt)),
  );
  return classic + (classic > 0 ? excessCount(root) : 0) + alts.size;
}
