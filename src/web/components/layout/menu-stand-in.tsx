import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { menuTargetProps } from './nav-buttons';

interface MenuStandInProps {
  children: ReactNode;
  leftSection?: ReactNode;
  /** The pointer or focus came near: start loading the menus. */
  onApproach: () => void;
  /** Clicked before the menus loaded: open this one as soon as they arrive. */
  onOpen: () => void;
}

/**
 * A header menu's button, drawn while the menus are still loading: it looks the
 * same, is marked unavailable for assistive technology (and for the browser tests,
 * which wait for the real one), and a click opens the menu as soon as it arrives.
 */
export function MenuStandIn({ children, leftSection, onApproach, onOpen }: MenuStandInProps) {
  return (
    <Button
      {...menuTargetProps('header')}
      leftSection={leftSection}
      aria-disabled="true"
      aria-haspopup="menu"
      onClick={onOpen}
      onPointerEnter={onApproach}
      onFocus={onApproach}
    >
      {children}
    </Button>
  );
}
