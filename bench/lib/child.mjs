// Runs a child process in its own process group with a deadline: on timeout the whole group
// (e.g. Lighthouse and the Chromium it launched) is killed and the result says so.
import { spawn } from 'node:child_process';

export function runChild(cmd, args, { cwd, env, timeout, onLine }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const lines = (chunk) => {
      if (!onLine) return;
      for (const l of chunk.toString().split('\n')) if (l.trim()) onLine(l);
    };
    child.stdout.on('data', (d) => {
      stdout += d;
      lines(d);
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: String(e), timedOut });
    });
  });
}
