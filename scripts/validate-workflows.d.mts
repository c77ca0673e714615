// Types for scripts/validate-workflows.mjs, so TypeScript tests can import it.
export function workflowProblems(text: string): string[];
export function workflowFiles(dir?: string): string[];
