import { Avatar, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth';
import { PersonalApiTokens } from '../components/api-tokens/personal-api-tokens';
import { PageHeader } from '../components/feedback/page-header';
import { ChangeEmail } from '../components/profile/change-email';
import { ChangePasswordForm } from '../components/profile/change-password-form';
import { DeviceSessions } from '../components/profile/device-sessions';
import { NotificationSwitches } from '../components/profile/notification-switches';
import { ProfileDetailsForm } from '../components/profile/profile-details-form';
import { TwoFactorSettings } from '../components/two-factor/two-factor-settings';

/** «Το προφίλ μου»: who is signed in; their name, phone and language; their password; their emails; their devices; their API keys. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const fullName = `${me.firstName} ${me.lastName}`;
  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={t('profile.subtitle')} />
      <Stack gap="lg">
        <Card shadow="xs">
          <Group gap="md" wrap="nowrap">
            <Avatar size={56} color="initials" name={fullName} aria-hidden="true" />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Title order={2} fz="xl">
                {fullName}
              </Title>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[me.email, me.company?.name].filter(Boolean).join(' · ')}
              </Text>
              <Badge variant="light" w="fit-content" tt="none" radius="sm">
                {t(`roles.${me.role}`)}
              </Badge>
            </Stack>
          </Group>
        </Card>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card shadow="xs" h="100%" component="section" aria-labelledby="profile-details">
              <Title order={2} fz="lg" mb="md" id="profile-details">
                {t('profile.details.title')}
              </Title>
              <ProfileDetailsForm me={me} />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card shadow="xs" h="100%" component="section" aria-labelledby="profile-password">
              <Title order={2} fz="lg" mb="md" id="profile-password">
                {t('profile.password.title')}
              </Title>
              <ChangePasswordForm email={me.email} />
            </Card>
          </Grid.Col>
        </Grid>
        <Card shadow="xs" component="section" aria-labelledby="profile-email">
          <Title order={2} fz="lg" mb="md" id="profile-email">
            {t('accountSecurity.email.heading')}
          </Title>
          <ChangeEmail email={me.email} />
        </Card>
        <Card shadow="xs" component="section" aria-labelledby="profile-two-factor">
          <Title order={2} fz="lg" mb="md" id="profile-two-factor">
            {t('twoFactor.settings.title')}
          </Title>
          <TwoFactorSettings />
        </Card>
        <Card shadow="xs" component="section" aria-labelledby="profile-notifications">
          <Title order={2} fz="lg" mb="md" id="profile-notifications">
            {t('profile.notifications.title')}
          </Title>
          <NotificationSwitches role={me.role} />
        </Card>
        <Card shadow="xs" component="section" aria-labelledby="profile-sessions">
          <Title order={2} fz="lg" mb="md" id="profile-sessions">
            {t('profile.sessions.title')}
          </Title>
          <DeviceSessions />
        </Card>
        <Card shadow="xs" component="section" aria-labelledby="profile-api-tokens">
          <Title order={2} fz="lg" mb="md" id="profile-api-tokens">
            {t('apiTokens.title')}
          </Title>
          <PersonalApiTokens />
        </Card>
      </Stack>
    </>
  );
}
