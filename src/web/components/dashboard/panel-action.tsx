import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A panel's button that opens another page (a real button, as the manual calls it). */
export function PanelAction({ to, icon, label }: { to: string; icon: ReactNode; label: string }) {
  const navigate = useNavigate();
  return (
    <Button variant="light" size="sm" leftSection={icon} onClick={() => navigate(to)}>
      {label}
    </Button>
  );
}
