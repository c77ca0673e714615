// `npm run lint` step: validates the GitHub Actions workflows (.github/workflows/*.yml, or the files given as
// arguments) against GitHub's workflow schema with @action-validator/core, the engine of the action-validator
// CLI (whose bin takes one file and prints raw JSON). Offline: the validator is WebAssembly shipped in the npm
// package. Exits 1 and names each problem (file, path in the YAML, what is wrong) when a workflow is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

/** The innermost problems of a validation error tree (oneOf/anyOf nest their branches in `states`). */
function leaves(errors) {
  return errors.flatMap((error) => {
    const nested = (error.states ?? []).flatMap((state) => leaves(state.errors));
    return nested.length ? nested : [error];
  });
}

/**
 * Problems in one workflow's YAML text, one line each ("/jobs/test: Additional property 'stepz' is not
 * allowed"); empty when it is valid. Duplicates from alternative schema branches are dropped.
 * @param {string} text
 * @returns {string[]}
 */
export function workflowProblems(text) {
  const { errors } = validateWorkflow(text);
  const lines = leaves(errors).map((e) => {
    const where = e.location ? `line ${e.location.line}` : e.path || '/';
    return `${where}: ${e.detail ?? e.title}`;
  });
  return [...new Set(lines)];
}

/** The workflow files in .github/workflows (sorted); none is itself a problem: CI would not run. */
export function workflowFiles(dir = WORKFLOWS) {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : workflowFiles();
  let failed = files.length === 0;
  if (failed) console.error(`No workflow files in ${relative(ROOT, WORKFLOWS)}.`);
  for (const file of files) {
    const problems = workflowProblems(readFileSync(file, 'utf8'));
    const name = relative(process.cwd(), file);
    if (problems.length === 0) {
      console.log(`OK: ${name} is a valid GitHub Actions workflow`);
      continue;
    }
    failed = true;
    console.error(`${name} is not a valid GitHub Actions workflow:`);
    for (const problem of problems) console.error(`  ${problem}`);
  }
  process.exit(failed ? 1 : 0);
}
