import { Badge, Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/auth';
import { useInboundSummary } from '../../api/inbound-emails';
import { PageHeader } from '../../components/feedback/page-header';
import { staffAreasFor } from './staff-areas';
import classes from './staff-home-page.module.css';

/** «Κονσόλα προσωπικού»: a card for each staff area this user may open. */
export default function StaffHomePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const held = useInboundSummary(Boolean(me)).data?.held ?? 0;
  if (!me) return null;
  return (
    <>
      <PageHeader
        title={t('staff.home.title')}
        subtitle={t('staff.home.subtitle', { name: `${me.firstName} ${me.lastName}` })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        {staffAreasFor(me).map((area) => (
          <Card
            key={area.key}
            component={Link}
            to={area.path}
            shadow="xs"
            className={classes.areaCard}
          >
            <Group justify="space-between" align="flex-start" mb="md">
              <ThemeIcon variant="light" size={44} radius="md">
                {area.icon(24)}
              </ThemeIcon>
              {area.adminOnly && (
                <Badge variant="outline" color="gray" size="sm">
                  {t('staff.home.adminOnly')}
                </Badge>
              )}
              {area.key === 'inbound' && held > 0 && (
                <Badge variant="filled" size="lg" data-testid="inbound-count">
                  {t('inbound.heldCount', { count: held })}
                </Badge>
              )}
            </Group>
            <Title order={2} fz="lg" mb={6}>
              {t(`staff.${area.key}.title`)}
            </Title>
            <Text size="sm" c="dimmed" lh={1.6}>
              {t(`staff.${area.key}.description`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
