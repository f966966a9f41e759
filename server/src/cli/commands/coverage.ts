/**
 * `assay coverage SPEC [paths...]`: which operations of an OpenAPI document (or query and mutation
 * fields of a GraphQL schema) the suites under `paths` reach, and which documented statuses they
 * assert. `--format text|json|html`, `--output FILE`; with `--min P`, exit 1 when fewer than P percent
 * of the operations are covered. Exit 1 also when the spec cannot be used, 2 on a usage mistake.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from '../../core';
import { coverageHtml, graphqlCoverage, openApiCoverage, type CoverageFile, type CoverageReport } from '../../core/generator';
import { parseCommandArgs } from '../args';
import { coverageJson, coverageText } from '../coverage-output';
import { findAssayFiles, readTextFile } from '../files';
import { loadForCommand, SchemaUnusable } from '../generate-schema';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io';

export async function coverageCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'text' },
    output: { type: 'string', short: 'o' },
    min: { type: 'string' },
  });
  const [spec, ...paths] = positionals;
  if (!spec) throw new UsageError('missing the spec: assay coverage SPEC [paths...]');
  const format = String(values.format);
  if (!['text', 'json', 'html'].includes(format)) throw new UsageError(`--format must be text, json or html, not '${format}'`);
  const min = values.min === undefined ? undefined : Number(values.min);
  if (min !== undefined && !(min >= 0 && min <= 100)) throw new UsageError(`--min must be a percentage from 0 to 100, not '${values.min}'`);
  const files: CoverageFile[] = findAssayFiles(paths, io.cwd).map((path) => {
    const text = readTextFile(path);
    return { path: relative(io.cwd, path) || path, text, ast: parse(text).ast };
  });
  let report: CoverageReport;
  try {
    const loaded = await loadForCommand(spec, io);
    report = loaded.kind === 'openapi' ? openApiCoverage(loaded, files) : graphqlCoverage(loaded, files);
  } catch (e) {
    if (!(e instanceof SchemaUnusable)) throw e;
    io.err(`${e.message}\n`);
    return EXIT_FAILED;
  }
  report.spec = relative(io.cwd, report.spec) || report.spec;
  const text = format === 'json' ? coverageJson(report) : format === 'html' ? coverageHtml(report, `Coverage of ${report.spec}`) : coverageText(report);
  if (values.output) {
    writeFileSync(resolve(io.cwd, String(values.output)), text);
    io.err(`wrote ${values.output}\n`);
  } else io.out(text);
  const covered = report.total.operations === 0 ? 100 : (report.total.covered / report.total.operations) * 100;
  if (min !== undefined && covered < min) {
    io.err(`coverage ${covered.toFixed(1)}% is below --min ${min}%\n`);
    return EXIT_FAILED;
  }
  return EXIT_OK;
}
