import { Badge, Button, Group, NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPUTE_MESSAGE_MAX, type Dispute } from '../../../shared/api/ledger';
import { useReplyToDispute, useResolveDispute } from '../../api/ledger';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/form-errors';

const STATUS_COLOR = { open: 'orange', corrected: 'teal', explained: 'blue' } as const;

interface DisputeThreadProps {
  dispute: Dispute;
  /** Staff and the company's company_admins write in the thread. */
  canReply: boolean;
  /** Staff correct or explain. */
  canResolve: boolean;
}

/** «Αμφισβήτηση» of one line: its status, the thread, and the answers the actor may give. */
export function DisputeThread({ dispute, canReply, canResolve }: DisputeThreadProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [text, setText] = useState('');
  const [minutes, setMinutes] = useState<number | string>('');
  const reply = useReplyToDispute();
  const resolve = useResolveDispute();
  const isOpen = dispute.status === 'open';
  const error = reply.error ?? resolve.error;
  const fieldErrors = serverFieldErrors(error, ['body', 'reason', 'minutes']);

  const send = (action: 'reply' | 'corrected' | 'explained') => {
    const body = text.trim();
    if (!body) return;
    const done = { onSuccess: () => setText('') };
    if (action === 'reply') reply.mutate({ disputeId: dispute.id, body }, done);
    else if (action === 'explained')
      resolve.mutate({ disputeId: dispute.id, outcome: 'explained', reason: body }, done);
    else
      resolve.mutate(
        { disputeId: dispute.id, outcome: 'corrected', reason: body, minutes: Number(minutes) },
        done,
      );
  };

  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('ledger.dispute.title')}
          </Text>
          <Badge color={STATUS_COLOR[dispute.status]} variant="light" tt="none">
            {t(`ledger.dispute.status.${dispute.status}`)}
          </Badge>
        </Group>
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {dispute.messages.map((message) => (
            <li key={message.id}>
              <Text size="xs" c="dimmed">
                {message.author?.name ?? t('ledger.unknownPerson')}
                {message.author?.isStaff ? ` · ${t('ledger.support')}` : ''} ·{' '}
                {formatDateTime(message.at, locale)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {message.body}
              </Text>
            </li>
          ))}
        </Stack>
        {isOpen && (canReply || canResolve) && (
          <Stack gap="xs">
            <FormAlert error={error} shownOnFields={['validation_failed']} />
            <Textarea
              label={canResolve ? t('ledger.dispute.answer') : t('ledger.dispute.message')}
              autosize
              minRows={2}
              maxLength={DISPUTE_MESSAGE_MAX}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={fieldErrors.body ?? fieldErrors.reason}
            />
            <Group gap="xs" align="flex-end">
              <Button
                size="xs"
                variant="default"
                onClick={() => send('reply')}
                loading={reply.isPending}
              >
                {t('ledger.dispute.send')}
              </Button>
              {canResolve && (
                <>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => send('explained')}
                    loading={resolve.isPending}
                  >
                    {t('ledger.dispute.explain')}
                  </Button>
                  <NumberInput
                    size="xs"
                    w={150}
                    label={t('ledger.dispute.correctionMinutes')}
                    value={minutes}
                    onChange={setMinutes}
                    allowDecimal={false}
                    error={fieldErrors.minutes}
                  />
                  <Button
                    size="xs"
                    color="orange"
                    onClick={() => send('corrected')}
                    loading={resolve.isPending}
                    disabled={minutes === '' || Number(minutes) === 0}
                  >
                    {t('ledger.dispute.correct')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
