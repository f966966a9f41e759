/**
 * Chooses the tests a run runs, in order: `testIds` (a test's id, or its base id `file#name` for all its
 * rows), `grep` on the name, `tags` (any of them), then `@only` (when a chosen test has it, only such
 * tests), then `shard` (every n-th of what is left, deterministically).
 */
import type { RunOptions } from './api';
import type { PlannedTest } from './plan';

export function selectTests(tests: readonly PlannedTest[], options: Pick<RunOptions, 'testIds' | 'grep' | 'tags' | 'shard'>): PlannedTest[] {
  const ids = options.testIds && new Set(options.testIds);
  let chosen = tests.filter((t) => {
    if (ids && !ids.has(t.id) && !ids.has(t.id.replace(/\[\d+\]$/, ''))) return false;
    if (options.grep) {
      options.grep.lastIndex = 0;
      if (!options.grep.test(t.name)) return false;
    }
    return !options.tags || options.tags.length === 0 || t.tags.some((tag) => options.tags?.includes(tag));
  });
  if (chosen.some((t) => t.only)) chosen = chosen.filter((t) => t.only);
  const shard = options.shard;
  if (shard && shard.total > 1) chosen = chosen.filter((_, i) => i % shard.total === shard.index - 1);
  return chosen;
}
