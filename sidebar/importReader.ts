/**
 * The reader the import panel calls: src/import/'s readExport (parse + recognise + aggregate in the
 * browser; only the aggregated values go to the server). Its own result type is the panel's.
 */
export { readExport } from '../src/import/readExport.ts';
export type { ExportSource as ReadSource, ReadResult } from '../src/import/readExport.ts';
