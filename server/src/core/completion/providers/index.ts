/** The completion providers, one per context, in the order their items are listed. */
import type { CompletionProvider, EmbeddedProvider } from '../types';
import { apiFieldProvider } from './api-fields';
import { apiHeaderProvider } from './api-headers';
import { apiMethodProvider } from './api-methods';
import { apiPathProvider } from './api-paths';
import { argumentProvider } from './arguments';
import { authSchemeProvider } from './auth-schemes';
import { componentProvider } from './components';
import { decoratorProvider } from './decorators';
import { filePathProvider } from './file-paths';
import { graphqlDocumentProvider } from './graphql-document';
import { headerNameProvider } from './header-names';
import { headerValueProvider } from './header-values';
import { jsonPathProvider } from './jsonpath';
import { keywordProvider } from './keywords';
import { methodProvider } from './methods';
import { operatorProvider } from './operators';
import { schemaJsonBodyProvider } from './schema-json-body';
import { schemaJsonPathProvider } from './schema-jsonpath';
import { snippetProvider } from './snippets';
import { subjectProvider } from './subjects';
import { topLevelProvider } from './top-level';
import { typeProvider } from './types';
import { variableProvider } from './variables';

/** Every provider; `completionsAt` asks each in turn. */
export const PROVIDERS: readonly CompletionProvider[] = [
  topLevelProvider,
  decoratorProvider,
  variableProvider,
  componentProvider,
  argumentProvider,
  subjectProvider,
  operatorProvider,
  typeProvider,
  authSchemeProvider,
  keywordProvider,
  apiMethodProvider,
  methodProvider,
  apiPathProvider,
  apiHeaderProvider,
  headerNameProvider,
  headerValueProvider,
  apiFieldProvider,
  schemaJsonPathProvider,
  jsonPathProvider,
  filePathProvider,
  snippetProvider,
];

/** Providers for regions in other languages, asked first (see `EmbeddedProvider`). */
export const EMBEDDED_PROVIDERS: readonly EmbeddedProvider[] = [graphqlDocumentProvider, schemaJsonBodyProvider];
