/** A mistake in what the user gave the CLI: printed as one line, exit code 2. */
export class UsageError extends Error {}
