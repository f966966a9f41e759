// "Generate Tests from Spec..." runs the bundled generator: given the samples' OpenAPI description and a
// folder outside the workspace (so the test tree of the other suites is untouched), it writes a suite
// bound to the spec.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { assayApi } from './extension.js';
import { workspaceFile } from './fixture.js';

describe('generate tests from a spec', () => {
  it('writes .assay files bound to the spec for every tag of the samples\' OpenAPI description', async () => {
    await assayApi();
    const out = mkdtempSync(join(tmpdir(), 'assay-e2e-generated-'));
    const done = await vscode.commands.executeCommand<boolean>('assay.generateTestsFromSpec', workspaceFile('openapi.yaml'), vscode.Uri.file(out));
    assert.equal(done, true);
    const files = readdirSync(out).filter((name) => name.endsWith('.assay'));
    assert.ok(files.includes('pets.assay'), `generated: ${files.join(', ')}`);
    const pets = readFileSync(join(out, 'pets.assay'), 'utf8');
    assert.match(pets, /^use openapi ".*openapi\.yaml"$/m);
    assert.match(pets, /expect response matches schema/);
  });
});
