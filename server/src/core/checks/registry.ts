/** Every check, in one list: add a check here and `checkFile` runs it. Codes are documented in docs/language.md. */
import { captureBeforeSet } from './capture-before-set';
import type { Check } from './check';
import { componentArguments } from './component-arguments';
import { dataFileOutsideWorkspace } from './data-file-outside-workspace';
import { duplicateDefinition } from './duplicate-definition';
import { duplicateTestName } from './duplicate-test-name';
import { emptyTest } from './empty-test';
import { graphqlVariables } from './graphql-variables';
import { importCycle } from './import-cycle';
import { importNotFound } from './import-not-found';
import { importOutsideWorkspace } from './import-outside-workspace';
import { invalidDataRow } from './invalid-data-row';
import { invalidGraphql } from './invalid-graphql';
import { invalidInterpolation } from './invalid-interpolation';
import { invalidJsonBody } from './invalid-json-body';
import { invalidJsonPath } from './invalid-jsonpath';
import { invalidRegex } from './invalid-regex';
import { jsonPathNotInSchema } from './jsonpath-not-in-schema';
import { jsonPathNotSelected } from './jsonpath-not-selected';
import { missingBodyProperty } from './missing-body-property';
import { missingParameter } from './missing-parameter';
import { predicateMismatch } from './predicate-mismatch';
import { schemaFileNotFound } from './schema-file-not-found';
import { schemaNotLoadable } from './schema-not-loadable';
import { secretLiteral } from './secret-literal';
import { undeclaredStatus } from './undeclared-status';
import { undefinedVariable } from './undefined-variable';
import { unknownAssertion } from './unknown-assertion';
import { unknownBodyProperty } from './unknown-body-property';
import { unknownComponent } from './unknown-component';
import { unknownOperation } from './unknown-operation';
import { unknownType } from './unknown-type';
import { unreadableDataFile } from './unreadable-data-file';
import { wrongBodyValue } from './wrong-body-value';

export const CHECKS: readonly Check[] = [
  undefinedVariable,
  captureBeforeSet,
  invalidInterpolation,
  unknownComponent,
  componentArguments,
  duplicateTestName,
  duplicateDefinition,
  importNotFound,
  importCycle,
  importOutsideWorkspace,
  schemaFileNotFound,
  schemaNotLoadable,
  unknownOperation,
  missingParameter,
  missingBodyProperty,
  unknownBodyProperty,
  wrongBodyValue,
  undeclaredStatus,
  jsonPathNotInSchema,
  invalidGraphql,
  graphqlVariables,
  jsonPathNotSelected,
  unknownAssertion,
  unknownType,
  predicateMismatch,
  invalidRegex,
  invalidJsonBody,
  invalidJsonPath,
  unreadableDataFile,
  dataFileOutsideWorkspace,
  invalidDataRow,
  secretLiteral,
  emptyTest,
];
