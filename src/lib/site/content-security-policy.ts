/**
 * The Content-Security-Policy of every page, delivered in a `<meta http-equiv>` by the layout
 * because a static edition cannot count on its host to send headers.
 *
 * Everything the pages load comes from the edition itself, and nothing runs or styles the page
 * from inside the HTML: the build writes every script and stylesheet to a file under `/_astro/`
 * (`astro.config.mjs`: no inlined scripts or stylesheets), so neither `script-src` nor
 * `style-src` needs `'unsafe-inline'` or a hash. Pagefind compiles its WebAssembly in the
 * browser, which `'wasm-unsafe-eval'` allows without allowing `eval` of JavaScript.
 *
 * A policy in a meta element cannot carry `frame-ancestors`, `report-uri` or `sandbox`
 * (browsers ignore them there), and it governs only what follows it, so the layout puts it
 * right after `<meta charset>`.
 * @see https://www.w3.org/TR/CSP3/#meta-element
 */
const DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // Pagefind's index, fragments and WebAssembly, the search page's result cards.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The policy as the meta element's `content`. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
