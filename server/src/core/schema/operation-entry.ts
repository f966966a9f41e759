/**
 * One operation of the OpenAPI index. What lists and request matching read — method, path, id,
 * summary, description, tags — is set at load. Its parameters, request body and responses are built
 * from the document on first read: a check, a completion or a hover asks about few of a spec's
 * operations, and on most specs these copies would outweigh the rest of the index. Where it is written
 * (go to definition) is looked up on first read too. Whatever is built is kept.
 */
import { operationDetails, stringField, list, type OperationDetails, type SpecContext } from './operation-details';
import type { ApiOperation, SpecLocation } from './types';

type Doc = Record<string, any>;

export class OperationEntry implements ApiOperation {
  readonly method: string;
  readonly path: string;
  declare readonly operationId?: string;
  declare readonly summary?: string;
  declare readonly description?: string;
  readonly tags: string[];
  readonly deprecated: boolean;
  readonly #spec: SpecContext;
  readonly #item: Doc;
  readonly #op: Doc;
  #details: OperationDetails | undefined;
  /** `null` until looked up; `undefined` when not found. */
  #source: SpecLocation | undefined | null = null;

  constructor(spec: SpecContext, path: string, method: string, item: Doc, op: Doc) {
    this.method = method.toUpperCase();
    this.path = path;
    Object.assign(this, stringField('operationId', op.operationId), stringField('summary', op.summary), stringField('description', op.description));
    const tags = list(op.tags);
    this.tags = tags.every((t) => typeof t === 'string') ? tags : tags.filter((t): t is string => typeof t === 'string');
    this.deprecated = op.deprecated === true;
    this.#spec = spec;
    this.#item = item;
    this.#op = op;
  }

  get parameters(): ApiOperation['parameters'] {
    return this.#built().parameters;
  }

  get requestBody(): ApiOperation['requestBody'] {
    return this.#built().requestBody;
  }

  get responses(): ApiOperation['responses'] {
    return this.#built().responses;
  }

  get source(): SpecLocation | undefined {
    if (this.#source === null) this.#source = this.#spec.locator.locate(['paths', this.path, this.method.toLowerCase()]);
    return this.#source;
  }

  #built(): OperationDetails {
    this.#details ??= operationDetails(this.#spec, this.path, this.method.toLowerCase(), this.#item, this.#op);
    return this.#details;
  }
}
