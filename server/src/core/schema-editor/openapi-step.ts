/**
 * A request step read against an OpenAPI document: the operation its method and URL go to, the schema
 * of its JSON (or form) body, and the schema of the response its expectations read — for the status
 * the step expects (`expect status == 201`), else the operation's first success response.
 */
import { contentFor, responseFor, type ApiOperation, type ApiResponse, type JsonSchema, type LoadedOpenApi } from '../schema';
import { expectedStatus, type StepText } from './step-text';

/** The operation the step's request goes to, if the document declares one. */
export function operationOf(api: LoadedOpenApi, step: StepText): ApiOperation | undefined {
  return step.url === '' ? undefined : api.findOperation(step.method, step.url);
}

/** The schema of the request body for a media type (JSON by default). */
export function requestSchemaOf(op: ApiOperation, mediaType?: string): JsonSchema | undefined {
  return op.requestBody ? contentFor(op.requestBody.content, mediaType)?.schema : undefined;
}

/** The response the step's expectations read: for the status it expects, else the first 2xx (else `default`). */
export function responseOf(text: string, step: StepText, op: ApiOperation): ApiResponse | undefined {
  const status = expectedStatus(text, step);
  if (status) return responseFor(op, status);
  return op.responses.find((r) => r.status.startsWith('2')) ?? responseFor(op, 'default');
}

/** The JSON schema of the response the step's expectations read. */
export function responseSchemaOf(text: string, step: StepText, op: ApiOperation): JsonSchema | undefined {
  const response = responseOf(text, step, op);
  return response ? contentFor(response.content)?.schema : undefined;
}
