/** The completion providers, one per context, in the order their items are listed. */
import type { CompletionProvider } from '../types';
import { argumentProvider } from './arguments';
import { authSchemeProvider } from './auth-schemes';
import { componentProvider } from './components';
import { decoratorProvider } from './decorators';
import { filePathProvider } from './file-paths';
import { headerNameProvider } from './header-names';
import { headerValueProvider } from './header-values';
import { jsonPathProvider } from './jsonpath';
import { keywordProvider } from './keywords';
import { methodProvider } from './methods';
import { operatorProvider } from './operators';
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
  methodProvider,
  headerNameProvider,
  headerValueProvider,
  jsonPathProvider,
  filePathProvider,
  snippetProvider,
];
