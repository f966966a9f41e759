/**
 * JSON schemas and OpenAPI operations as short text for editors: a one-line type (`string <date-time>`,
 * `"dog" | "cat"`, `array of Pet`) for completion details, and Markdown for hover and completion docs.
 */
import type { ApiOperation, ApiParameter, JsonSchema } from '../schema';
import { schemaTypes } from '../schema';

const MAX_ENUM = 8;

/** A one-line type of `schema`. */
export function typeLabel(schema: JsonSchema | undefined, depth = 0): string {
  if (!schema) return 'any';
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const shown = schema.enum.slice(0, MAX_ENUM).map((v) => JSON.stringify(v));
    return shown.join(' | ') + (schema.enum.length > MAX_ENUM ? ' | …' : '');
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = schemaTypes(schema);
  if (!types) return schema.title ?? 'any';
  const labels = [...types].map((type) => {
    if (type === 'array') return depth < 1 && schema.items ? `array of ${typeLabel(schema.items, depth + 1)}` : 'array';
    if (type === 'object' && schema.title) return schema.title;
    return schema.format && type !== 'null' ? `${type} <${schema.format}>` : type;
  });
  return labels.join(' | ');
}

/** Markdown about a property or parameter: its name and type, whether it is required, its description, default and example. */
export function schemaMarkdown(name: string, schema: JsonSchema | undefined, options: { required?: boolean; description?: string; where?: string } = {}): string {
  const flags = [options.where, options.required ? 'required' : 'optional', schema?.deprecated ? 'deprecated' : undefined, schema?.readOnly ? 'read-only' : undefined].filter(Boolean);
  const parts = [`**${name}**: \`${typeLabel(schema)}\` (${flags.join(', ')})`];
  const description = options.description ?? schema?.description;
  if (description) parts.push(description.trim());
  const facts: string[] = [];
  if (schema?.default !== undefined) facts.push(`Default: \`${JSON.stringify(schema.default)}\``);
  if (schema?.example !== undefined) facts.push(`Example: \`${short(JSON.stringify(schema.example))}\``);
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'pattern'] as const) {
    if (schema?.[key] !== undefined) facts.push(`${key}: \`${String(schema[key])}\``);
  }
  if (facts.length > 0) parts.push(facts.join(' · '));
  return parts.join('\n\n');
}

/** Markdown about an operation: method and path, summary, description and parameters. */
export function operationMarkdown(op: ApiOperation): string {
  const parts = ['```http\n' + `${op.method} ${op.path}` + '\n```'];
  const head = [op.summary, op.deprecated ? '**Deprecated.**' : undefined].filter(Boolean).join(' ');
  if (head) parts.push(head);
  if (op.description && op.description !== op.summary) parts.push(op.description.trim());
  if (op.parameters.length > 0) parts.push('Parameters:\n\n' + op.parameters.map(parameterLine).join('\n'));
  if (op.requestBody) {
    const types = op.requestBody.content.map((c) => c.mediaType).join(', ');
    parts.push(`Body${op.requestBody.required ? ' (required)' : ''}: ${types || 'any'}`);
  }
  if (op.responses.length > 0) parts.push('Responses: ' + op.responses.map((r) => `\`${r.status}\``).join(', '));
  if (op.operationId) parts.push(`Operation id: \`${op.operationId}\``);
  return parts.join('\n\n');
}

function parameterLine(p: ApiParameter): string {
  const description = p.description ? ` — ${short(p.description.trim().split('\n')[0])}` : '';
  return `- \`${p.name}\` (${p.in}${p.required ? ', required' : ''}): \`${typeLabel(p.schema)}\`${description}`;
}

function short(text: string): string {
  return text.length > 120 ? text.slice(0, 119) + '…' : text;
}
