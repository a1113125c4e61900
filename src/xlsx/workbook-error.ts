/** A file the command cannot use; `message` is one Vietnamese sentence shown to the user as is. */
export class WorkbookError extends Error {}
