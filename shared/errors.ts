/**
 * A failure the person running the tool can fix from its message alone: a bad setting, a taken
 * port, a malformed plan, a database that cannot be reached. Entry points print the message and
 * exit 1; any other error is a bug and is printed with its stack.
 */
export class ExpectedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A setting (environment variable or command-line flag) whose value cannot be used; the message names it. */
export class SettingError extends ExpectedError {}

/** True for failures that should be reported as a message, without a stack. */
export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof ExpectedError;
}
