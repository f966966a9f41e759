/**
 * Checks a parsed JUnit document against the shape CI servers read (the common JUnit XSD): which
 * elements go where, the required attributes, numeric times, and counts that add up at every level.
 * Throws with what is wrong.
 */
import assert from 'node:assert/strict';
import type { XmlElement } from './strict-xml';

const COUNTS = ['tests', 'failures', 'errors', 'skipped'] as const;
const OUTCOMES = new Set(['failure', 'error', 'skipped']);

export function assertJunitShape(root: XmlElement): void {
  assert.equal(root.name, 'testsuites');
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const suite of root.children) {
    assert.equal(suite.name, 'testsuite');
    for (const attr of ['name', ...COUNTS, 'time', 'timestamp']) assert.ok(attr in suite.attributes, `testsuite lacks ${attr}`);
    assert.match(suite.attributes.timestamp!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    assertTime(suite);
    const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    let afterCases = false;
    for (const child of suite.children) {
      if (child.name === 'system-out' || child.name === 'system-err') {
        afterCases = true;
        continue;
      }
      assert.equal(child.name, 'testcase');
      assert.ok(!afterCases, 'testcase after system-out/system-err');
      for (const attr of ['name', 'classname', 'time']) assert.ok(attr in child.attributes, `testcase lacks ${attr}`);
      assertTime(child);
      counts.tests++;
      const outcomes = child.children.filter((c) => OUTCOMES.has(c.name));
      assert.ok(outcomes.length <= 1, 'more than one outcome in a testcase');
      for (const c of child.children) assert.ok(OUTCOMES.has(c.name) || c.name === 'system-out' || c.name === 'system-err', `unexpected <${c.name}>`);
      const outcome = outcomes[0]?.name;
      if (outcome === 'failure') counts.failures++;
      if (outcome === 'error') counts.errors++;
      if (outcome === 'skipped') counts.skipped++;
    }
    for (const key of COUNTS) {
      assert.equal(Number(suite.attributes[key]), counts[key], `${suite.attributes.name}: ${key}`);
      totals[key] += counts[key];
    }
  }
  for (const key of COUNTS) assert.equal(Number(root.attributes[key]), totals[key], `testsuites: ${key}`);
}

function assertTime(el: XmlElement): void {
  assert.match(el.attributes.time ?? '', /^\d+(\.\d+)?$/, `<${el.name}> time`);
}
