/** The local build imports the stylesheet as text (esbuild's text loader) to inject it itself. */
declare module '*.css' {
  const text: string;
  export default text;
}
