/**
 * The Content-Security-Policy a site embedding the widgets can use (SECURITY.md): nothing
 * inline, nothing from elsewhere, and Trusted Types required for every DOM sink that takes
 * script. The fixture page carries the same policy in a <meta> tag.
 */
export const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; require-trusted-types-for 'script'";

/** Fixture pages served with the policy as a real response header. */
const STRICT_PAGES = /^\/tests\/fixtures\/robustness\/strict-[\w-]+\.html$/;

/** A dev-server middleware (Koa style) that adds the header to the strict fixture pages. */
export async function strictPageHeaders(context, next) {
  await next();
  if (STRICT_PAGES.test(context.path)) {
    context.set('Content-Security-Policy', STRICT_POLICY);
  }
}
