import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** The small button in a panel's corner that opens another page. */
export function PanelAction({ to, icon, label }: { to: string; icon: ReactNode; label: string }) {
  const navigate = useNavigate();
  return (
    <Button
      variant="light"
      size="compact-sm"
      leftSection={icon}
      onClick={() => navigate(to)}
      style={{ flexShrink: 0 }}
    >
      {label}
    </Button>
  );
}
