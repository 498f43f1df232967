/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'hostile',
  meta: { title: 'hostile', description: 'hostile', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
