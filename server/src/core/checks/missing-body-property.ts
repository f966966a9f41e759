/**
 * `missing-body-property`: under `use openapi`, an object in a JSON body without a property its
 * request schema requires (in the schema or its `allOf` parts), reported at the object's `{`.
 */
import type { RequestStep } from '../ast';
import { propertiesOf } from '../schema/walk';
import type { Check, CheckContext } from './check';
import { walkBoundJsonBody } from './body-schema-walk';

export const missingBodyProperty: Check = {
  meta: { code: 'missing-body-property', severity: 'warning', scope: 'item', description: 'Under `use openapi`: a JSON body object without a property the request schema requires.' },
  create(ctx) {
    return { Request: (request) => check(ctx, request) };
  },
};

function check(ctx: CheckContext, request: RequestStep): void {
  walkBoundJsonBody(ctx, request, (node, schema, path) => {
    if (node.kind !== 'object') return;
    const present = new Set(node.members.map((m) => m.key));
    const missing = [...propertiesOf(schema)].filter(([name, info]) => info.required && !present.has(name) && info.schema.readOnly !== true).map(([name]) => name);
    if (missing.length === 0) return;
    const list = missing.map((name) => `\`${name}\``).join(', ');
    ctx.report({ span: { start: node.span.start, end: node.span.start + 1 }, message: `${path} misses the required ${missing.length === 1 ? 'property' : 'properties'} ${list}` });
  });
}
