/** Exit statuses of the command (documented in the help). */
export const EXIT = { ok: 0, blocked: 1, usage: 2, internal: 3 } as const;

/** What the command needs from its surroundings, so that tests can run it in-process. */
export interface CliIo {
  /** One line of the result (the ranking, the issues). */
  out(line: string): void;
  /** One line of the result given in pieces: the `--json` object, 20 MB at 10,000 units × 100 criteria, never made one text. */
  outPieces(pieces: Iterable<string>): void;
  /** One line of progress or of an error message. */
  err(line: string): void;
  now(): Date;
  /** Directory that relative paths start from. */
  cwd: string;
}
