import { Fragment } from 'react';

/**
 * An email address that may wrap only after its «@» or a dot
 * (`despina@` / `thalassa-hotel.gr`), never in the middle of a word.
 */
export function EmailAddress({ email }: { email: string }) {
  const parts = email.split(/(?<=[@.])/);
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
