import { Avatar, Badge, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth';
import { PageHeader } from '../components/feedback/page-header';

/** «Το προφίλ μου»: who is signed in, their role and language. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const fullName = `${me.firstName} ${me.lastName}`;
  const rows: [string, string][] = [
    [t('profile.name'), fullName],
    [t('profile.email'), me.email],
    [t('profile.phone'), me.phone ?? t('common.notSet')],
    [t('profile.role'), t(`roles.${me.role}`)],
    [t('profile.language'), t(`language.${me.locale}`)],
  ];
  if (me.company) rows.push([t('profile.company'), me.company.name]);
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <Card maw={640} shadow="xs">
        <Group gap="md" mb="lg" wrap="nowrap">
          <Avatar size={56} color="harbour" name={fullName} aria-hidden="true" />
          <Stack gap={4}>
            <Title order={2} fz="xl">
              {fullName}
            </Title>
            <Badge variant="light" w="fit-content">
              {t(`roles.${me.role}`)}
            </Badge>
          </Stack>
        </Group>
        <DataList withDivider labelWidth={150}>
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
              <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <Text size="sm" c="dimmed" mt="lg">
          {t('profile.languageHint')}
        </Text>
      </Card>
    </>
  );
}
