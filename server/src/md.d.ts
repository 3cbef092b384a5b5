/** Rule docs are Markdown files imported as text (esbuild `text` loader; a loader hook in tests). */
declare module '*.md' {
  const text: string;
  export default text;
}
