/**
 * `wrong-body-value`: under `use openapi`, a value in a JSON body of a type the operation's request
 * schema does not allow (a string where it wants a number), or not one of its `enum` values. Values a
 * `{{...}}` stands for are not checked.
 */
import type { RequestStep } from '../ast';
import { schemaTypes } from '../schema/walk';
import type { Check, CheckContext } from './check';
import { jsonType, walkBoundJsonBody } from './body-schema-walk';

export const wrongBodyValue: Check = {
  meta: { code: 'wrong-body-value', severity: 'warning', scope: 'item', description: 'Under `use openapi`: a JSON body value of the wrong type, or not one of the schema\'s `enum` values.' },
  create(ctx) {
    return { Request: (request) => check(ctx, request) };
  },
};

function check(ctx: CheckContext, request: RequestStep): void {
  walkBoundJsonBody(ctx, request, (node, schema, path) => {
    const type = jsonType(node);
    if (type === undefined) return;
    const allowed = schemaTypes(schema);
    if (allowed && !allowed.has(type) && !(type === 'integer' && allowed.has('number'))) {
      ctx.report({ span: node.span, message: `${path} should be ${[...allowed].join(' or ')}, not ${type}` });
      return;
    }
    if (node.kind !== 'value' || node.interpolated || !Array.isArray(schema.enum) || schema.oneOf || schema.anyOf) return;
    const values = schema.nullable === true ? [...schema.enum, null] : schema.enum;
    if (!values.some((v) => v === node.value)) {
      ctx.report({ span: node.span, message: `${path} should be one of ${values.map((v) => JSON.stringify(v)).join(', ')}` });
    }
  });
}
