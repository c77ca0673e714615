// Runs a project script with this Node, the way an npm script does, for tests of scripts/*.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Resolves with the exit code and output of `node <script> <args>`; never rejects on a non-zero exit. */
export async function runNodeScript(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ScriptResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
