// The server entry and the render command need Lit's server renderer, `@lit-labs/ssr`. It is an
// optional peer dependency, so that browser users, who never run it, do not install it: these
// modules load the server code only after checking, and say what to install when it is missing.

/** The error to show when `error` is the server renderer missing, else `error` itself. */
export function missingServerRenderer(error: unknown): unknown {
  const {code, message} = (error ?? {}) as {code?: unknown; message?: unknown};
  if (code !== 'ERR_MODULE_NOT_FOUND' || typeof message !== 'string' || !message.includes("'@lit-labs/ssr'")) {
    return error;
  }
  return new Error(
    'bone-marrow-guide: pre-rendering needs Lit’s server renderer, which is not installed. Run ' +
      '`npm install @lit-labs/ssr` (an optional peer dependency: browser users do not need it).',
    {cause: error},
  );
}
