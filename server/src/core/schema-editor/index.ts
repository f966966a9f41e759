/**
 * Editor logic over bound schemas, shared by completion and hover: reading a request step from the text,
 * cursors in JSON bodies, OpenAPI operations and their body and response schemas, GraphQL selections,
 * variables and editor services, and what a spec says about the thing at an offset.
 */
export { graphqlOf, openApiOf } from './bound';
export { bodyAt, type BodyAt, type BodyKey } from './json-body';
export { operationOf, requestSchemaOf, responseSchemaOf } from './openapi-step';
export { requestStepAt, type StepText } from './step-text';
export { schemaTargetAt, specLocationAt, type SchemaTarget } from './target';
