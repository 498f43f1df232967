/**
 * Context for a pack's ambiguous words beyond its word lists: emoji that name the topic.
 * "Mimosas at the team brunch 🥂" is about drinking; "Mimosas in bloom" is not.
 */
import { type AnalyzedText, firstTokenEndingAfter } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';

/**
 * Emoji that name a pack's topic. They confirm an ambiguous word nearby but never fire alone
 * (a 🍻 on its own is a toast, not a mention). Cannabis has none: 🌿 and 🍃 are as often a
 * garden or a sustainability post.
 */
const TOPIC_EMOJI: Readonly<Record<string, readonly string[]>> = {
  alcohol: ['🍺', '🍻', '🍷', '🥂', '🍸', '🍹', '🥃', '🍾', '🍶'],
  gambling: ['🎰', '🎲', '🃏', '🏇'],
  tobacco: ['🚬'],
  firearms: ['🔫'],
  cryptocurrency: ['🪙'],
};

/**
 * The pack's emoji in the post, as context matches placed at the word they follow. Called only
 * when the pack has an ambiguous word in the post, so most posts never pay for the scan.
 */
export function emojiContext(text: AnalyzedText, pack: string): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const { norm } = text.normalized;
  for (const emoji of TOPIC_EMOJI[pack] ?? []) {
    for (let at = norm.indexOf(emoji); at >= 0; at = norm.indexOf(emoji, at + emoji.length)) {
      // The word before the emoji: "brunch 🥂" sits with brunch, in the same sentence.
      const token = Math.max(0, firstTokenEndingAfter(text.tokens, at) - 1);
      const [start, end] = text.toOriginal(at, at + emoji.length);
      out.push({ list: 'emoji', entry: { term: emoji }, firstToken: token, lastToken: token, start, end, via: 'word' });
    }
  }
  return out;
}
