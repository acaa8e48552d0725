import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

const HEAD_BYTES = 4100; // what file-type needs to recognise a format

/**
 * A pass-through stream that measures what flows through it on the way to storage:
 * its SHA-256 (the content-addressed key), its size and its first bytes (to detect
 * the real file type). `measured()` is read once the stream has ended.
 */
export function measuringStream() {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const headChunks: Buffer[] = [];
  let headLength = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      if (headLength < HEAD_BYTES) {
        headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      done(null, chunk);
    },
  });
  return {
    stream,
    measured: () => ({ sha256: hash.digest('hex'), sizeBytes, head: Buffer.concat(headChunks) }),
  };
}
