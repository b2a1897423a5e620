/**
 * The import reader's program (sidebar/importWorker.ts bundled on its own, wrapped in one function with no
 * free names but the browser's), which scripts/buildSidebar.ts's readerProgramModule plugin supplies to the
 * import page's build and to the preview's.
 */
declare module 'skk:import-reader-program' {
  const program: import('./importReader.ts').ReaderProgram;
  export default program;
}
