/**
 * The reader the import panel calls: src/import/'s readExport (parse + recognise + aggregate in the browser;
 * only the aggregated values go to the server), run off the page's main thread in a Web Worker so the panel
 * stays responsive and its progress bar moves while a large export is read.
 *
 * The worker is made from a Blob URL of the reader's program (sidebar/importWorker.ts, which the build hands
 * over as one self-contained function): HtmlService serves a single HTML file, so there is no worker file to
 * point at. Where no worker can be made (the constructor throws, the worker fails before its first message,
 * or it does not start at all), the same program runs on the page, as the panel read before: slower to
 * paint, same result.
 */
import program from 'skk:import-reader-program';
import type { ExportSource, ReadResult, ReadStage } from '../src/import/readExport.ts';
import type { ImportContext, SavedMapping } from '../src/shared/importApi.ts';

export type { ExportSource as ReadSource, ReadResult, ReadStage };

/** One file to read (page → worker). A file's bytes are transferred, not copied, and come back with the result. */
export interface ReaderRequest {
  id: number;
  source: ExportSource;
  context: ImportContext;
  mapping: SavedMapping | null;
}

/** Worker → page: started; how far a read got; its result (with the file's bytes); or why it failed. */
export type ReaderReply =
  | { type: 'ready' }
  | { id: number; type: 'progress'; stage: ReadStage; done: number; total: number }
  | { id: number; type: 'done'; result: ReadResult; source: ExportSource }
  | { id: number; type: 'failed'; message: string };

/** What the reader's program talks to: a worker's global scope, or the page's stand-in for one. */
export interface ReaderScope {
  onmessage: ((event: { data: ReaderRequest }) => void) | null;
  postMessage(message: ReaderReply, options?: { transfer?: Transferable[] }): void;
}

export type ReaderProgram = (scope: ReaderScope) => void;

export type OnReadProgress = (stage: ReadStage, done: number, total: number) => void;

export interface ReadDone {
  result: ReadResult;
  /** The file as read, to keep for reading it again with a mapping (its bytes were the worker's meanwhile). */
  source: ExportSource;
}

export interface ExportReader {
  /** Starts the worker ahead of the first read (it takes a moment to load the reader), or finds none can be made. */
  start(): void;
  read(
    source: ExportSource,
    context: ImportContext,
    mapping: SavedMapping | null,
    onProgress: OnReadProgress,
  ): Promise<ReadDone>;
}

/** The worker stopped in the middle of a read (out of memory, killed by the browser): the file must be picked again. */
export class ReaderStopped extends Error {}

/** A worker that has not said it started after this long is given up for the page's own reader. */
const START_MS = 10_000;

interface Pending {
  resolve: (done: ReadDone) => void;
  reject: (error: Error) => void;
  onProgress: OnReadProgress;
}

/**
 * The panel's reader. `makeWorker` makes a worker from a script URL (tests and pages without workers:
 * whatever it throws sends the reads to the page).
 */
export function createExportReader(
  readerProgram: ReaderProgram = program,
  makeWorker: (url: string) => Worker = (url) => new Worker(url),
): ExportReader {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Promise<Worker | null> | null = null;
  let page: ReaderScope | null = null;

  function deliver(reply: ReaderReply): void {
    if (reply.type === 'ready') return;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') return waiting.onProgress(reply.stage, reply.done, reply.total);
    pending.delete(reply.id);
    if (reply.type === 'done') waiting.resolve({ result: reply.result, source: reply.source });
    else waiting.reject(new Error(reply.message));
  }

  /** Every read under way fails: the worker is gone (a new one is made for the next read). */
  function stopped(message: string): void {
    worker = null;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new ReaderStopped(message));
    }
  }

  /** A worker that has said it started, or null where none can be made. */
  function startWorker(): Promise<Worker | null> {
    return new Promise((resolve) => {
      let url = '';
      let made: Worker;
      try {
        url = URL.createObjectURL(new Blob([`(${readerProgram})(self);`], { type: 'text/javascript' }));
        made = makeWorker(url);
      } catch {
        if (url) URL.revokeObjectURL(url);
        return resolve(null);
      }
      let started = false;
      const settle = (usable: boolean) => {
        clearTimeout(timer);
        URL.revokeObjectURL(url);
        if (!usable) made.terminate();
        resolve(usable ? made : null);
      };
      const timer = setTimeout(() => settle(false), START_MS);
      made.onmessage = ({ data }: MessageEvent<ReaderReply>) => {
        if (!started) {
          started = true;
          settle(true);
        }
        deliver(data);
      };
      made.onerror = (event) => {
        event.preventDefault();
        if (!started) return settle(false);
        made.terminate();
        stopped(event.message || 'the reader stopped');
      };
      made.onmessageerror = () => {
        made.terminate();
        stopped('a message could not be read');
      };
    });
  }

  function onPage(request: ReaderRequest): void {
    if (!page) {
      page = { onmessage: null, postMessage: deliver };
      readerProgram(page);
    }
    page.onmessage?.({ data: request });
  }

  return {
    start() {
      worker ??= startWorker();
    },
    async read(source, context, mapping, onProgress) {
      const ready = await (worker ??= startWorker());
      const id = nextId++;
      const request: ReaderRequest = { id, source, context, mapping };
      const done = new Promise<ReadDone>((resolve, reject) => pending.set(id, { resolve, reject, onProgress }));
      if (ready) {
        ready.postMessage(request, 'bytes' in source ? [source.bytes.buffer as ArrayBuffer] : []);
      } else {
        // Let the panel paint its "Reading…" first: the page is busy until the file is read.
        await new Promise((resolve) => setTimeout(resolve, 0));
        onPage(request);
      }
      return done;
    },
  };
}
