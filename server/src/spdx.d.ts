/** `spdx-expression-parse` ships no types: it returns the expression tree or throws on an invalid expression. */
declare module 'spdx-expression-parse' {
  function parse(expression: string): unknown;
  export default parse;
}
