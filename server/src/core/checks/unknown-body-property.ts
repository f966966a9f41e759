/**
 * `unknown-body-property`: under `use openapi`, a property in a JSON body that the request schema does
 * not name, where the schema names its properties and does not allow others (`additionalProperties`
 * absent or false): most often a typo, so the closest name is offered as a fix.
 */
import type { RequestStep } from '../ast';
import { allowsOtherProperties, propertiesOf } from '../schema/walk';
import { suggest, type Check, type CheckContext } from './check';
import { walkBoundJsonBody } from './body-schema-walk';
import { closestName } from './schema-binding';

export const unknownBodyProperty: Check = {
  meta: { code: 'unknown-body-property', severity: 'warning', scope: 'item', description: 'Under `use openapi`: a JSON body property the request schema does not name.' },
  create(ctx) {
    return { Request: (request) => check(ctx, request) };
  },
};

function check(ctx: CheckContext, request: RequestStep): void {
  walkBoundJsonBody(ctx, request, (node, schema, path) => {
    if (node.kind !== 'object' || allowsOtherProperties(schema)) return;
    const known = propertiesOf(schema);
    for (const member of node.members) {
      if (known.has(member.key)) continue;
      const guess = closestName(member.key, known.keys());
      const keySpan = { start: member.keySpan.start + 1, end: member.keySpan.end - 1 };
      ctx.report({
        span: member.keySpan,
        message: `${path} has no property \`${member.key}\` in the spec (it has ${[...known.keys()].map((k) => `\`${k}\``).join(', ')})`,
        ...(guess ? suggest(keySpan, guess) : {}),
      });
    }
  });
}
