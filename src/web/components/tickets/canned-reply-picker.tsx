import { Badge, Combobox, Group, Modal, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../../shared/api/canned-replies';
import { foldForSearch } from '../../../shared/tickets/search-text';
import { fetchFilledCannedReply, useCannedReplies } from '../../api/canned-replies';
import { FormAlert } from '../form/form-alert';

interface CannedReplyPickerProps {
  ticketNumber: number;
  opened: boolean;
  onClose: () => void;
  /** The chosen reply's text, its variables filled for this ticket and agent. */
  onInsert: (text: string) => void;
}

const matches = (reply: CannedReply, words: string[]) => {
  const text = foldForSearch(`${reply.title} ${reply.body}`);
  return words.every((word) => text.includes(word));
};

/**
 * «Έτοιμες απαντήσεις» from the reply box (Ctrl+/ or «/» at the start): type to
 * search, arrows to choose, Enter to insert. Staff only (the ticket page's chunk,
 * never the customers' first screen).
 */
export function CannedReplyPicker({
  ticketNumber,
  opened,
  onClose,
  onInsert,
}: CannedReplyPickerProps) {
  const { t } = useTranslation();
  const replies = useCannedReplies(opened);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>(null);
  const combobox = useCombobox({ opened: true });
  const words = foldForSearch(search).split(/\s+/).filter(Boolean);
  const shown = (replies.data?.items ?? []).filter((reply) => matches(reply, words));
  const firstShown = shown[0]?.id;

  // The first match is chosen as the list narrows, so Enter inserts it.
  useEffect(() => {
    if (firstShown) combobox.selectFirstOption();
  }, [firstShown, combobox.selectFirstOption]);

  async function insert(id: string) {
    try {
      const filled = await fetchFilledCannedReply(ticketNumber, id);
      setSearch('');
      setError(null);
      onInsert(filled.body);
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('agentQueue.canned.pickerTitle')} size="lg">
      <FormAlert error={error} />
      {/* Options listed in the dialog itself (no dropdown): the input's arrows and Enter drive them. */}
      <Combobox store={combobox} onOptionSubmit={(id) => void insert(id)}>
        <Combobox.EventsTarget>
          <TextInput
            label={t('agentQueue.canned.search')}
            placeholder={t('agentQueue.canned.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            data-autofocus
          />
        </Combobox.EventsTarget>
        <Combobox.Options
          mt="sm"
          mah={360}
          style={{ overflowY: 'auto' }}
          aria-label={t('agentQueue.canned.pickerTitle')}
        >
          {replies.isPending ? (
            <Combobox.Empty>{t('common.loading')}</Combobox.Empty>
          ) : shown.length === 0 ? (
            <Combobox.Empty>{t('agentQueue.canned.none')}</Combobox.Empty>
          ) : (
            shown.map((reply) => (
              <Combobox.Option value={reply.id} key={reply.id}>
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={600}>
                    {reply.title}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Badge size="xs" variant="light" color="gray">
                      {reply.language.toUpperCase()}
                    </Badge>
                    <Badge size="xs" variant="outline" color={reply.isShared ? 'blue' : 'gray'}>
                      {t(
                        reply.isShared ? 'agentQueue.canned.shared' : 'agentQueue.canned.personal',
                      )}
                    </Badge>
                  </Group>
                </Group>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {reply.body}
                </Text>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox>
    </Modal>
  );
}
