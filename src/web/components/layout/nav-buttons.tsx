import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { IconChevronDown, IconPlus } from '../first-screen-icons';

// The header's buttons, light enough for the first screen; the menus they open load later
// (header-menus.ts).

/** Where a menu is drawn: in the desktop header, or stacked in the phone drawer. */
export type NavPlacement = 'header' | 'drawer';

export interface NavProps {
  me: Me | null;
  placement: NavPlacement;
}

/** Props for a menu's target button, so header and drawer menus look right in each place. */
export function menuTargetProps(placement: NavPlacement): ButtonProps {
  const common: ButtonProps = {
    variant: 'subtle',
    color: 'gray',
    c: 'var(--mantine-color-text)',
    rightSection: <IconChevronDown size={16} />,
  };
  return placement === 'header'
    ? common
    : // In the drawer: a full-width row, label on the left and the chevron on the far right.
      {
        ...common,
        fullWidth: true,
        size: 'md',
        justify: 'flex-start',
        styles: { label: { flex: 1 } },
      };
}

/** «Υποβολή αιτήματος»: shown to customers and to visitors (who are asked to log in first). */
export function SubmitRequestButton({ me, placement }: NavProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (me && !me.abilities.submitRequest) return null;
  return (
    <Button
      leftSection={<IconPlus size={18} />}
      fullWidth={placement === 'drawer'}
      onClick={() => navigate('/tickets/new')}
    >
      {t('nav.submitRequest')}
    </Button>
  );
}
