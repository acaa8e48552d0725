import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationSent } from '../../api/contacts';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { IconCircleCheck } from '../icons';

/**
 * The one-time link a new or re-invited person opens to set their password,
 * with a copy button and its expiry. Says plainly whether the invitation was
 * emailed or whether the inviter must send the link themselves.
 */
export function InvitationLinkCard({ sent }: { sent: InvitationSent }) {
  const { t } = useTranslation();
  const { person, inviteUrl, expiresAt, emailSent } = sent;
  const texts = { name: `${person.firstName} ${person.lastName}`, email: person.email };
  return (
    <Stack gap="md">
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck />}
        title={emailSent ? t('invitationLink.titleSent') : t('invitationLink.title')}
      >
        {emailSent ? t('invitationLink.textSent', texts) : t('invitationLink.text', texts)}
      </Alert>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('invitationLink.label')}
          value={inviteUrl}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: '1 1 260px' }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <CopyButton value={inviteUrl} timeout={2500}>
          {({ copied, copy }) => (
            <Button
              size="md"
              color={copied ? 'teal' : undefined}
              variant={copied ? 'light' : 'filled'}
              onClick={copy}
              aria-live="polite"
            >
              {copied ? t('invitationLink.copied') : t('invitationLink.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {t('invitationLink.expires', { date: formatDateTime(expiresAt, currentLocale()) })}
      </Text>
    </Stack>
  );
}
