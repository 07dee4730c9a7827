// The programs the WebKit smoke suite needs around the browser: a virtual display (WebKitGTK has
// no headless mode), WebKit's WebDriver, and the production build served by `vite preview`. Each
// is started here and stopped by its own process id.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port no one listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers, polling; rejects after `timeout` milliseconds. */
export async function waitForUrl(url, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopper(child) {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** Starts Xvfb on the first free display; resolves with the display's name once it is ready. */
export function startDisplay() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    const child = spawn(
      'Xvfb',
      ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    child.once('error', reject);
    child.stdout.once('data', (data) => {
      resolve({ display: `:${String(data).trim()}`, stop: stopper(child) });
    });
  });
}

/** Starts a program, resolving once `readyUrl` answers. */
export async function startServer(command, args, readyUrl, env = process.env) {
  const child = spawn(command, args, { stdio: 'ignore', env });
  const exited = new Promise((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`${command} stopped (${code}) before it was ready`)),
    );
  });
  await Promise.race([waitForUrl(readyUrl), exited]);
  return { stop: stopper(child) };
}
