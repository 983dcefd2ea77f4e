// What every command does with its arguments before its own work: a wrong call is reported the
// same way (the reason, then a pointer to --help) and exits 2; --help prints the usage and exits 0.

type Out = { write(s: string): unknown };

/** A mistake in how a command was called. */
export class UsageError extends Error {}

/** Reports a usage error for `actorgraph <command>`; returns the exit code, 2. */
export function reportUsage(command: string, err: UsageError, stderr: Out): 2 {
  const name = `actorgraph ${command}`;
  // node's parseArgs adds a hint about '--' that only confuses here
  const message = err.message.replace(/\. To specify a positional argument[\s\S]*$/, '');
  stderr.write(`${name}: ${message}\n${name}: see ${name} --help\n`);
  return 2;
}

/** The parsed options, or the exit code when the call was wrong (2) or asked for --help (0). */
export function commandArgs<T extends { help?: boolean }>(
  command: string, usage: string, parse: (args: string[]) => T, args: string[], io: { stdout: Out; stderr: Out },
): T | number {
  let o: T;
  try {
    o = parse(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return reportUsage(command, err, io.stderr);
  }
  if (o.help) {
    io.stdout.write(usage + '\n');
    return 0;
  }
  return o;
}
