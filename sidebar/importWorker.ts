/**
 * The import reader's program (src/import/readExport.ts: decode, parse, recognise, aggregate), as the
 * import page runs it: in a Web Worker, so a 50,000-row export never freezes the 300 px panel. The build
 * bundles this file on its own and hands it to the page as one self-contained function (the virtual module
 * of sidebar/importWorkerProgram.d.ts): the page starts a worker from that function's source through a Blob
 * URL (HtmlService serves one HTML file, never a worker file), or, where no worker can be made, calls the
 * function itself on the page. The reader's code is in the page once.
 *
 * It answers requests one at a time, in order: progress while it reads, then the result. Bytes it was sent
 * (transferred, not copied) are sent back with the result, so the panel can read the file again with a mapping.
 */
import { readExport } from '../src/import/readExport.ts';
import type { ReaderReply, ReaderScope } from './importReader.ts';

const scope = self as unknown as ReaderScope;

scope.onmessage = ({ data: request }) => {
  const { id, source, context, mapping } = request;
  const reply = (message: ReaderReply, transfer: Transferable[] = []) => scope.postMessage(message, { transfer });
  try {
    const result = readExport(source, context, mapping, (stage, done, total) =>
      reply({ id, type: 'progress', stage, done, total }),
    );
    reply({ id, type: 'done', result, source }, 'bytes' in source ? [source.bytes.buffer as ArrayBuffer] : []);
  } catch (error) {
    reply({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

scope.postMessage({ type: 'ready' });
