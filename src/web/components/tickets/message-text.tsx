import { Anchor, Mark, Text } from '@mantine/core';
import { Fragment } from 'react';
import { splitMentions } from '../../../shared/tickets/mentions';
import { linkify } from '../../lib/linkify';

/** Plain text with web addresses clickable (React nodes, no HTML). */
function LinkedText({ text }: { text: string }) {
  return linkify(text).map((part, index) =>
    part.kind === 'link' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable text
      <Anchor key={index} href={part.href} target="_blank" rel="noopener noreferrer" inherit>
        {part.text}
      </Anchor>
    ) : (
      part.text
    ),
  );
}

/**
 * A message body: plain text, line breaks kept, web addresses clickable. In an
 * internal note (`withMentions`) each @mention shows as a highlighted «@Name»;
 * elsewhere a mention-like text is shown as typed, since only notes mention.
 */
export function MessageText({
  body,
  withMentions = false,
}: {
  body: string;
  withMentions?: boolean;
}) {
  const parts = withMentions ? splitMentions(body) : [{ kind: 'text' as const, text: body }];
  return (
    <Text size="sm" lh={1.55} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable text
        <Fragment key={index}>
          {part.kind === 'mention' ? (
            <Mark color="blue" fw={600} data-mention={part.userId}>
              @{part.name}
            </Mark>
          ) : (
            <LinkedText text={part.text} />
          )}
        </Fragment>
      ))}
    </Text>
  );
}
