/** TODO(foundation): being written. */
import { defineRule } from './types';

export default defineRule<object>({
  id: 'confidential',
  meta: { title: 'confidential', description: 'confidential', checksQuoted: true },
  defaults: { severity: 'warn' },
  options: {},
  check() {
    return [];
  },
});
