import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { App } from './types.js';

/**
 * What is worth compressing on the fly: JSON (also problem+json), text such as CSV, and the
 * few text assets not compressed at build. Never the live event stream (a compressor holds
 * events back until its buffer fills), nor binary files (PDFs, images, archives: already
 * compressed, and a download must arrive byte for byte as stored).
 */
const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?json|application\/javascript|image\/svg\+xml)/;

/**
 * Answers up to this size are compressed in one call rather than through a zlib stream.
 * The plugin's default on two cores is 8 KB, so a queue page (10–20 KB) went through a
 * stream per answer, handed to libuv's threadpool: on this project's 2-core machine a
 * bare route answering 11.5 KB of JSON, brotli, managed 1,466 a second that way against
 * 2,824 compressed in one call (7,227 uncompressed), about 1 ms of the process's CPU an
 * answer against 0.37. 64 KB at quality 4 holds the event loop well under a millisecond.
 */
export const COMPRESS_IN_ONE_CALL_UP_TO = 64 * 1024;

/**
 * Compresses answers above 1 KB, brotli when the client takes it, gzip otherwise. Brotli at
 * quality 4: the default 11 costs far more CPU per request than the bytes it saves (the
 * web app's files are compressed at 11 once, at build). Must be registered before the
 * static files and the routes.
 */
export async function registerCompression(app: App): Promise<void> {
  // The web app's files: those worth it have .br/.gz copies from the build; the rest are
  // under 1 KB, where compressing costs more than it saves. Before the plugin's own hook.
  app.addHook('onRoute', (route) => {
    if (route.url === '/*') route.compress = false;
  });
  await app.register(fastifyCompress, {
    threshold: 1024,
    syncThreshold: COMPRESS_IN_ONE_CALL_UP_TO,
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    // Request bodies are read as sent: an inflating body would slip past the 1 MB body limit.
    globalDecompression: false,
  });
}
