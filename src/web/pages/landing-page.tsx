import { Badge, Button, Card, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconChecklist, IconClock, IconLogin, IconMessages } from '../components/icons';

interface Feature {
  icon: ReactNode;
  title: string;
  text: string;
}

/** What Aitima is, for someone who is not logged in. */
export default function LandingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  const features: Feature[] = [
    { icon: <IconMessages />, title: t('landing.requestsTitle'), text: t('landing.requestsText') },
    { icon: <IconChecklist />, title: t('landing.tasksTitle'), text: t('landing.tasksText') },
    { icon: <IconClock />, title: t('landing.hoursTitle'), text: t('landing.hoursText') },
  ];
  return (
    <Stack gap={48}>
      <Stack gap="lg" maw={720} pt={{ base: 'md', sm: 'xl' }}>
        <Badge variant="light" size="lg" radius="sm" w="fit-content">
          {t('landing.eyebrow')}
        </Badge>
        <Title order={1} fz={{ base: 32, sm: 46 }} lh={1.15} style={{ letterSpacing: '-0.02em' }}>
          {t('landing.title')}
        </Title>
        <Text fz={{ base: 'md', sm: 'lg' }} c="dimmed" lh={1.6}>
          {t('landing.lead')}
        </Text>
        <div>
          {/* On a 320 px phone the label wraps inside the button instead of widening the page. */}
          <Button
            component={Link}
            to="/login"
            size="lg"
            leftSection={<IconLogin />}
            maw="100%"
            h="auto"
            mih={50}
            py={10}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          >
            {t('landing.cta')}
          </Button>
        </div>
        <Text size="sm" c="dimmed">
          {t('landing.noAccount')}
        </Text>
      </Stack>
      <section aria-labelledby="landing-features">
        <Title order={2} fz="xl" mb="md" id="landing-features">
          {t('landing.featuresTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {features.map((feature) => (
            <Card key={feature.title}>
              <ThemeIcon variant="light" size={44} radius="md" mb="md">
                {feature.icon}
              </ThemeIcon>
              <Title order={3} fz="lg" mb={6}>
                {feature.title}
              </Title>
              <Text c="dimmed" size="sm" lh={1.6}>
                {feature.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
