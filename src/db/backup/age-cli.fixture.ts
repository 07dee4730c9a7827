/// <reference types="node" />
// Drives the `age` and `unzip` commands of the system, for the tests that check the app's
// encrypted backups against the tools anyone would open them with.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Each command the tests run, how to ask it for its version, and the Debian package holding it. */
const COMMANDS = [
  { command: 'age', version: '--version', debian: 'age' },
  { command: 'unzip', version: '-v', debian: 'unzip' },
  // age asks for passphrases on a terminal: `script` gives it one.
  { command: 'script', version: '--version', debian: 'bsdutils' },
];

/** Throws, naming what to install, unless every command the tests run is there. */
export function requireCommands(): void {
  const missing = COMMANDS.filter(({ command, version }) => spawnSync(command, [version]).error);
  if (missing.length > 0) {
    const packages = missing.map(({ debian }) => debian).join(' ');
    const commands = missing.map(({ command }) => `\`${command}\``).join(', ');
    throw new Error(
      `These tests need ${commands}: install the Debian package(s) ${packages} (apt-get install ${packages}).`,
    );
  }
}

function quoted(path: string): string {
  if (path.includes("'")) throw new Error(`A path the shell cannot take quoted: ${path}`);
  return `'${path}'`;
}

/**
 * Runs the shell command line `commandLine` in a pseudo-terminal made by `script`, typing each
 * answer once its prompt has appeared in the output: age reads passphrases from the terminal,
 * never from its input. Resolves with the exit code and all that was shown.
 */
function inTerminal(
  commandLine: string,
  answers: readonly (readonly [prompt: string, answer: string])[],
): Promise<{ code: number | null; shown: string }> {
  return new Promise((resolve, reject) => {
    // The timeout only keeps a command that waits for a prompt never shown from outliving the test.
    const child = spawn('script', ['--quiet', '--return', '--command', commandLine, '/dev/null'], {
      timeout: 60_000,
    });
    let shown = '';
    let unanswered = '';
    const pending = [...answers];
    const onOutput = (data: Buffer) => {
      shown += data.toString();
      unanswered += data.toString();
      for (let next = pending[0]; next && unanswered.includes(next[0]); next = pending[0]) {
        unanswered = unanswered.slice(unanswered.indexOf(next[0]) + next[0].length);
        pending.shift();
        child.stdin.write(`${next[1]}\r`);
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', reject);
    // Input stays open until the command ends: `script` would end it at the end of its input.
    child.on('close', (code) => {
      child.stdin.end();
      resolve({ code, shown });
    });
  });
}

async function age(args: string, answers: readonly (readonly [string, string])[]) {
  const { code, shown } = await inTerminal(`age ${args}`, answers);
  if (code !== 0) throw new Error(`age ${args} failed (${code}):\n${shown}`);
}

/** `age --decrypt` of the file at `input` into `output`, typing `passphrase` when asked. */
export function ageDecrypt(input: string, output: string, passphrase: string): Promise<void> {
  return age(`--decrypt --output ${quoted(output)} ${quoted(input)}`, [
    ['Enter passphrase:', passphrase],
  ]);
}

/** `age --passphrase` of the file at `input` into `output`, typing `passphrase` twice as asked. */
export function ageEncrypt(input: string, output: string, passphrase: string): Promise<void> {
  return age(`--passphrase --output ${quoted(output)} ${quoted(input)}`, [
    ['Enter passphrase', passphrase],
    ['Confirm passphrase:', passphrase],
  ]);
}

/** What `unzip -t` says of the ZIP at `path`; it fails unless the archive tests sound. */
export async function unzipTest(path: string): Promise<string> {
  return (await run('unzip', ['-t', path])).stdout;
}

/** The names `unzip -l` lists in the ZIP at `path`. */
export async function unzipList(path: string): Promise<string[]> {
  const { stdout } = await run('unzip', ['-l', path]);
  // Between the two rules of dashes, a line per entry: length, date, time, name.
  const [, entries = ''] = stdout.split(/^-{4,}.*$/m);
  return entries
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).slice(3).join(' '));
}
