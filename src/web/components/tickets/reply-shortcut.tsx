import { Affix, Button, Transition } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSend } from '../icons';

/** Whether any part of the element shows in the window, kept up to date. */
function useIsOnScreen(element: HTMLElement): boolean {
  const [isOnScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last) setOnScreen(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return isOnScreen;
}

/**
 * «Γράψτε απάντηση», pinned at the bottom of a phone's screen while the reply box is
 * out of sight: one tap brings the box up with the cursor in it, as a chat app's
 * composer is always at hand.
 */
export function ReplyShortcut({ target }: { target: HTMLElement }) {
  const { t } = useTranslation();
  const isOnScreen = useIsOnScreen(target);
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
