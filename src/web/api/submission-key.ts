import { useRef } from 'react';

/**
 * A random key for one submission. crypto.randomUUID exists only on https and
 * localhost; getRandomValues works on plain http too (an intranet install).
 */
export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The Idempotency-Key of a form's submission: the same for every retry of the
 * same content (the mutation's own retries, or the person pressing «Αποστολή»
 * again after a lost answer), a fresh one once it went through or the content
 * changed. So a retry never posts twice, and a new message is never mistaken for
 * the previous one.
 */
export function useSubmissionKey() {
  const current = useRef<{ content: string; key: string } | null>(null);
  return {
    keyFor(content: unknown): string {
      const serialized = JSON.stringify(content);
      if (current.current?.content !== serialized) {
        current.current = { content: serialized, key: newSubmissionKey() };
      }
      return current.current.key;
    },
    /** The submission went through: the next one is new. */
    done(): void {
      current.current = null;
    },
  };
}
