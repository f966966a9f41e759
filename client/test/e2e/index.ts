// Entry point VS Code loads as `extensionTestsPath`: runs the mocha suites bundled next to this file
// inside the extension host and reports each result line to the console and, when the harness sets
// ASSAY_E2E_REPORT, to that file (the harness prints it as the run goes).
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

const SUITE_ORDER = ['activation', 'diagnostics', 'test-tree', 'run', 'debug'];

function report(line: string): void {
  console.log(line);
  const file = process.env.ASSAY_E2E_REPORT;
  if (file) appendFileSync(file, `${line}\n`);
}

/** A reporter that writes one line per test and a closing `N passed, N failed` line. */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    runner.on('suite', (suite) => {
      if (suite.title) report(`${suite.title}`);
    });
    runner.on('pass', (test) => {
      passed += 1;
      report(`  ok   ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test, error: Error) => {
      failed += 1;
      report(`  FAIL ${test.title}\n${indent(error.stack ?? error.message)}`);
    });
    runner.once('end', () => report(`extension tests: ${passed} passed, ${failed} failed`));
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `       ${line}`)
    .join('\n');
}

/** Called by VS Code; resolves when every test passed, rejects otherwise (the exit code follows). */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: LineReporter });
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js'));
  const rank = (name: string) => SUITE_ORDER.indexOf(name.replace(/\.test\.js$/, ''));
  for (const name of files.sort((a, b) => rank(a) - rank(b))) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension tests failed`)) : resolve()));
  });
}
