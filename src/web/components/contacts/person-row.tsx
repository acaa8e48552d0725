import { Avatar, Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';
import { PersonBadges } from './person-badges';

interface PersonRowProps {
  person: Person;
  kind: 'contacts' | 'staffUsers';
  /** The signed-in user's own row is marked «Εσείς». */
  isMe?: boolean;
  /** Less detail, for the central screen's panel. */
  compact?: boolean;
  actions?: ReactNode;
}

/** One person in a list: avatar, name, email and phone, role and state; actions on the right. */
export function PersonRow({
  person,
  kind,
  isMe = false,
  compact = false,
  actions,
}: PersonRowProps) {
  const { t } = useTranslation();
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <Group justify="space-between" align="center" gap="sm" wrap="wrap" py={compact ? 4 : 'xs'}>
      <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 240px', minWidth: 0 }}>
        <Avatar
          name={name}
          color="initials"
          size={compact ? 36 : 42}
          aria-hidden="true"
          style={{ opacity: person.isActive ? 1 : 0.5 }}
        />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} size="sm" truncate>
              {name}
            </Text>
            {isMe && (
              <Badge size="xs" variant="light" color="gray" tt="none">
                {t('contacts.you')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {compact || !person.phone ? person.email : `${person.email} · ${person.phone}`}
          </Text>
          <PersonBadges person={person} kind={kind} />
        </Stack>
      </Group>
      {actions && <Box ml="auto">{actions}</Box>}
    </Group>
  );
}
