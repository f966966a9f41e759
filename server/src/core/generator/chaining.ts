/**
 * Which operation creates the value of a path parameter, so that a test can first create the resource
 * and capture its id (create, then read, update or delete it). Two sources, the first that answers:
 * - the spec's links: a response link to the operation with `parameters: { p: $response.body#/x }`;
 * - naming: `POST /pets` creates what `/pets/{petId}` reads when its success response has a property
 *   named like the parameter (`petId`, or `id` for `...Id`, `uuid`, `name`, `key`, `slug`), at the top
 *   level or one object down (`{ "pet": { "id": 1 } }`).
 */
import type { ApiOperation, JsonSchema } from '../schema/types';
import { successResponse } from './responses';
import { chosenOption, flatten } from './synthesize';

type Obj = Record<string, unknown>;

export interface Creator {
  operation: ApiOperation;
  /** The JSONPath of the value in the creator's response: `$.id`, `$.pet.id`. */
  path: string;
}

export class Chains {
  private readonly byId = new Map<string, ApiOperation>();
  private readonly byRoute = new Map<string, ApiOperation>();
  /** Target operation id → parameter name → creators, from links. */
  private readonly links = new Map<string, Map<string, Creator[]>>();

  constructor(operations: ApiOperation[], document: Obj) {
    for (const op of operations) {
      if (op.operationId) this.byId.set(op.operationId, op);
      this.byRoute.set(`${op.method} ${op.path}`, op);
    }
    for (const op of operations) this.readLinks(op, document);
  }

  /** The operation that creates `param` of `op`, and where its response holds it. */
  creatorOf(op: ApiOperation, param: string): Creator | undefined {
    const marker = `{${param}}`;
    // A creator that needs the value itself (a link that forwards `username` from `/users/{username}`) adds nothing.
    const linked = op.operationId ? this.links.get(op.operationId)?.get(param) : undefined;
    const useful = linked?.find((c) => c.operation !== op && !c.operation.path.includes(marker));
    if (useful) return useful;
    const at = op.path.indexOf(marker);
    if (at < 0) return undefined;
    const collection = op.path.slice(0, at).replace(/\/$/, '');
    const creator = this.byRoute.get(`POST ${collection}`);
    if (!creator || creator === op) return undefined;
    const path = fieldPath(creator, param);
    return path ? { operation: creator, path } : undefined;
  }

  private readLinks(op: ApiOperation, document: Obj): void {
    const raw = ((document.paths as Obj | undefined)?.[op.path] as Obj | undefined)?.[op.method.toLowerCase()] as Obj | undefined;
    const responses = (raw?.responses ?? {}) as Obj;
    for (const [status, response] of Object.entries(responses)) {
      if (!/^2/.test(status) || !response || typeof response !== 'object') continue;
      for (const link of Object.values(((response as Obj).links ?? {}) as Obj)) {
        const target = link && typeof link === 'object' ? ((link as Obj).operationId as string | undefined) : undefined;
        if (!target || !this.byId.has(target)) continue;
        for (const [name, expression] of Object.entries(((link as Obj).parameters ?? {}) as Obj)) {
          const pointer = typeof expression === 'string' ? /^\$response\.body#(\/.*)?$/.exec(expression) : null;
          if (!pointer) continue;
          const param = name.replace(/^path\./, '');
          const forTarget = this.links.get(target) ?? new Map<string, Creator[]>();
          forTarget.set(param, [...(forTarget.get(param) ?? []), { operation: op, path: jsonPathOf(pointer[1] ?? '') }]);
          this.links.set(target, forTarget);
        }
      }
    }
  }
}

/** `/a/b~1c` → `$.a['b/c']`. */
function jsonPathOf(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return `$${parts.map((p) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : /^\d+$/.test(p) ? `[${p}]` : `['${p.replace(/'/g, "\\'")}']`)).join('')}`;
}

/** Where the creator's success response holds a value for `param`. */
function fieldPath(creator: ApiOperation, param: string): string | undefined {
  const media = successResponse(creator)?.content.find((c) => /json/i.test(c.mediaType));
  if (!media?.schema) return undefined;
  const names = candidateNames(param);
  const top = propertiesOf(media.schema);
  for (const name of names) if (top[name]) return jsonPathOf(`/${name}`);
  for (const [outer, schema] of Object.entries(top)) {
    const inner = propertiesOf(schema);
    for (const name of names) if (inner[name]) return jsonPathOf(`/${outer}/${name}`);
  }
  return undefined;
}

/** The properties of an object schema, `allOf` merged; of a `oneOf`/`anyOf`, those of its first option. */
function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  if (!schema || typeof schema !== 'object') return {};
  const flat = flatten(schema);
  if (flat.properties) return flat.properties;
  const option = chosenOption(flat);
  return option ? flatten(option).properties ?? {} : {};
}

function candidateNames(param: string): string[] {
  const names = [param];
  for (const generic of ['uuid', 'id', 'name', 'key', 'slug']) {
    if (param !== generic && param.toLowerCase().endsWith(generic)) names.push(generic);
  }
  return names;
}
