/** Images and video without rights: the most common copyright complaint against company staff. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'image-rights',
  meta: {
    title: 'Images without rights',
    description: 'Reminds the author to confirm they may use attached images or video.',
    checksQuoted: false,
  },
  defaults: { severity: 'info' },
  options: {},
  check({ post, inQuoted }) {
    const media = post.media ?? 0;
    if (inQuoted || media <= 0) return [];
    const what = media === 1 ? 'the attached image or video' : `the ${media} attached images or videos`;
    return [
      {
        message: `Confirm you have the right to share ${what} (your own, licensed, or with permission), and that no one shown objects.`,
      },
    ];
  },
});
