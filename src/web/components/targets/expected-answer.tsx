import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '../../../shared/api/tickets';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { IconClock } from '../icons';

/**
 * «Αναμενόμενη απάντηση έως …» on the customer's ticket, while an answer is due under
 * the package's targets: Athens date and time (nothing while the ticket waits for them).
 */
export function ExpectedAnswer({ due }: { due: TicketSummary['due'] }) {
  const { t } = useTranslation();
  if (!due) return null;
  return (
    <Text size="sm" fw={600} title={t('targets.expectedAnswerHint')} data-testid="expected-answer">
      <IconClock size={16} style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
      {t('targets.expectedAnswer', { when: formatDateTime(due.at, currentLocale()) })}
    </Text>
  );
}
