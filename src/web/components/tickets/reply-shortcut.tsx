import { Affix, Button, Transition } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSend } from '../icons';

/** Whether the element shows whole in the window, kept up to date. */
function useIsOnScreen(element: HTMLElement | null): boolean {
  const [isOnScreen, setOnScreen] = useState(true);
  useEffect(() => {
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setOnScreen(last.intersectionRatio >= 0.99);
      },
      { threshold: [0, 0.99] },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return isOnScreen;
}

/**
 * «Γράψτε απάντηση», pinned at the bottom of a phone's screen while the reply box is
 * text box is out of sight: one tap brings the box up with the cursor in it, as a chat app's
 * composer is always at hand.
 */
export function ReplyShortcut({ target }: { target: HTMLElement }) {
  const { t } = useTranslation();
  // The text box is the reply at hand: once it shows whole, one tap starts typing.
  const isOnScreen = useIsOnScreen(target.querySelector('textarea'));
  const goToReply = () => {
    target.scrollIntoView({ block: 'end' });
    target.querySelector('textarea')?.focus({ preventScroll: true });
  };
  return (
    <Affix position={{ bottom: 16, right: 16 }}>
      <Transition transition="slide-up" mounted={!isOnScreen}>
        {(style) => (
          <Button
            style={{ ...style, boxShadow: 'var(--mantine-shadow-md)' }}
            size="md"
            radius="xl"
            leftSection={<IconSend size={18} />}
            onClick={goToReply}
          >
            {t('chat.writeReply')}
          </Button>
        )}
      </Transition>
    </Affix>
  );
}
