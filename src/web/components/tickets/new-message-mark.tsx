import { Affix, Button, Transition } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconChevronDown } from '../icons';

/**
 * «Νέο μήνυμα»: a message came while the reader was higher up in the thread. The
 * view stays where it is; this quiet mark, low in the middle, takes them to it.
 */
export function NewMessageMark({ shown, onShow }: { shown: boolean; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <Affix position={{ bottom: 80, left: 0, right: 0 }} style={{ pointerEvents: 'none' }}>
      <Transition transition="fade-up" mounted={shown}>
        {(style) => (
          <Button
            style={{
              ...style,
              pointerEvents: 'auto',
              display: 'flex',
              margin: '0 auto',
              boxShadow: 'var(--mantine-shadow-md)',
            }}
            variant="white"
            radius="xl"
            size="sm"
            rightSection={<IconChevronDown size={16} />}
            onClick={onShow}
          >
            {t('chat.newMessage')}
          </Button>
        )}
      </Transition>
    </Affix>
  );
}
