/**
 * The test generator: suites of `.assay` files from OpenAPI/Swagger documents and GraphQL schemas,
 * regeneration that keeps what the user edited, and how much of a spec a suite covers. Pure: it takes
 * loaded schemas and texts, and gives texts and numbers; the CLI reads and writes the files.
 */
export type { GeneratedFile, GeneratedStep, GeneratedSuite, GeneratedTest, GeneratedVar } from './model';
export { generateOpenApiSuite, type OpenApiOptions } from './openapi-suite';
export { generateGraphqlSuite, type GraphqlOptions } from './graphql-suite';
export { renderFile, renderTest } from './render';
export { HEAD_KEY, mergeGenerated, type MergeReport } from './merge';
export { graphqlCoverage, openApiCoverage, type CoverageFile, type CoverageReport, type GroupCoverage, type OperationCoverage } from './coverage';
export { coverageHtml, percent } from './coverage-html';
