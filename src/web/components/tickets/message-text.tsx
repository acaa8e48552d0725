import { Anchor, Text } from '@mantine/core';
import { linkify } from '../../lib/linkify';

/** A message body: plain text, line breaks kept, web addresses clickable (React nodes, no HTML). */
export function MessageText({ body }: { body: string }) {
  return (
    <Text size="sm" lh={1.55} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {linkify(body).map((part, index) =>
        part.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable text
          <Anchor key={index} href={part.href} target="_blank" rel="noopener noreferrer" inherit>
            {part.text}
          </Anchor>
        ) : (
          part.text
        ),
      )}
    </Text>
  );
}
