/** Run a child.ts task in a fresh Node process and parse its JSON answer. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildOptions {
  /** V8 old-space limit in MB (the process fails cleanly past it). */
  maxOldSpaceMB?: number;
  timeoutMs?: number;
}

export async function runChild<T>(task: string, options: unknown, opts: ChildOptions = {}): Promise<T> {
  const script = fileURLToPath(new URL('./child.ts', import.meta.url));
  const args = ['--import', 'tsx', ...(opts.maxOldSpaceMB ? [`--max-old-space-size=${opts.maxOldSpaceMB}`] : []), script, task, JSON.stringify(options)];
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      if (code === 0 && line) {
        try {
          resolve(JSON.parse(line) as T);
          return;
        } catch {
          // fall through
        }
      }
      const tail = err.trim().split('\n').slice(-3).join(' | ');
      reject(new Error(`bench child "${task}" failed (${signal ?? `exit ${code}`}): ${tail}`));
    });
  });
}
