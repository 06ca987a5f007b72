/**
 * The W3C Nu HTML Checker (`vnu.jar`, from the `vnu-jar` package) for the site tests. It runs on
 * Java 11 or later, Debian's `default-jre-headless` (`.ci/run` installs it when `java` is missing);
 * `EDITION_JAVA` names another `java`. A missing or too old Java fails the check with the fix in
 * the message; only `EDITION_NO_VNU=1` skips it, explicitly. (The package's own install script,
 * which would download a Java runtime from GitHub, is denied in `package.json`'s `allowScripts`.)
 *
 * One run checks every target in one Java process: starting the checker costs seconds, checking a
 * page milliseconds.
 * @see https://validator.github.io/validator/
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export const NO_VNU = process.env['EDITION_NO_VNU'] === '1';
const JAVA = process.env['EDITION_JAVA'] ?? 'java';

const HINT =
  'The HTML check needs Java 11 or later for the W3C Nu HTML Checker (vnu-jar): on Debian ' +
  '`apt-get install default-jre-headless` (.ci/run does it), or point EDITION_JAVA at a `java` executable. ' +
  'To skip the check on purpose, set EDITION_NO_VNU=1.';

/** The path of vnu.jar: the package's main module exports it (as a String object). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of the checker's JSON output. */
export interface NuMessage {
  /** `error`, `info` (with `subType: 'warning'` for a warning) or `non-document-error` (the target could not be read). */
  type: string;
  subType?: string;
  /** The document the message is about. */
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

export interface NuResult {
  /** The targets the checker reports having checked (its `--verbose` lines), in its order. */
  checked: string[];
  messages: NuMessage[];
}

/**
 * Checks files and URLs. URLs on 127.0.0.1 are allowed (the checker refuses private hosts by
 * default): the site is checked as served, so that `'self'` in the pages' Content-Security-Policy
 * means the server's origin, not `file:`.
 */
export function checkHtml(targets: readonly string[]): Promise<NuResult> {
  const args = ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', VNU_JAR, '--format', 'json', '--verbose', ...targets];
  return new Promise((ok, fail) => {
    const child = spawn(JAVA, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => fail(new Error(`\`${JAVA}\` did not start (${error.message}). ${HINT}`, { cause: error })));
    // Exit status 1 only says that some message is an error: the JSON tells which.
    child.on('close', (code) => {
      let report: { messages?: NuMessage[] };
      try {
        report = JSON.parse(stderr) as { messages?: NuMessage[] };
      } catch (error) {
        fail(new Error(`the Nu HTML Checker (exit ${code}) gave no JSON report:\n${stderr.slice(0, 2000)}\n${HINT}`, { cause: error }));
        return;
      }
      const checked = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
      ok({ checked, messages: report.messages ?? [] });
    });
  });
}

/** `url:line:column: message`, for a failure list. */
export function describeMessage(m: NuMessage): string {
  const where = m.lastLine === undefined ? '' : `:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 0}`;
  return `${m.url ?? '(no document)'}${where}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
}
