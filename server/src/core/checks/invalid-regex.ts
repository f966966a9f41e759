/** `invalid-regex`: a `/regex/` in `matches` or `capture ... = regex` that the JavaScript engine rejects. */
import type { Check } from './check';

/** V8 prefixes its messages with the whole pattern; the reason is what follows it. */
const V8_PREFIX = /^Invalid regular expression: \/.*\/[a-z]*: /s;

export const invalidRegex: Check = {
  meta: { code: 'invalid-regex', severity: 'error', scope: 'item', description: 'A regular expression that does not compile (the message is the engine’s).' },
  create(ctx) {
    return {
      Regex(regex) {
        try {
          new RegExp(regex.pattern, regex.flags);
        } catch (e) {
          const reason = (e as Error).message.replace(V8_PREFIX, '');
          ctx.report({ span: regex.span, message: `Invalid regular expression: ${reason}`, hint: 'Patterns use JavaScript syntax; flags are d, g, i, m, s, u, v and y.' });
        }
      },
    };
  },
};
