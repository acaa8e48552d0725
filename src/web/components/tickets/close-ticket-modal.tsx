import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_MAX } from '../../../shared/api/tickets';
import { useCloseTicket } from '../../api/tickets';
import { FormAlert } from '../form/form-alert';

interface CloseTicketModalProps {
  number: number;
  opened: boolean;
  onClose: () => void;
}

/** «Κλείσιμο αιτήματος»: an optional last message to the customer, then the ticket closes. */
export function CloseTicketModal({ number, opened, onClose }: CloseTicketModalProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const closeTicket = useCloseTicket(number);

  const confirm = () =>
    closeTicket.mutate(body.trim() ? { body: body.trim() } : {}, {
      onSuccess: () => {
        setBody('');
        onClose();
      },
    });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('tickets.close.title', { number })}
      size="lg"
      radius="lg"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('tickets.close.text')}
        </Text>
        <FormAlert error={closeTicket.error} />
        <Textarea
          label={t('tickets.close.message')}
          description={t('tickets.close.messageHelp')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={BODY_MAX}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('tickets.close.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={closeTicket.isPending}>
            {t('tickets.close.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
