import type { ReactElement, ReactNode } from 'react';
import { deferredModule, useLoadWhenIdle } from '../../lib/deferred-module';

const tooltipModule = deferredModule(() => import('./deferred-tooltip-module'));

interface DeferredTooltipProps {
  label: ReactNode;
  /** One element that takes a ref, as Mantine's Tooltip needs. */
  children: ReactElement;
  withArrow?: boolean;
  openDelay?: number;
}

/**
 * Mantine's Tooltip for parts of the first screen: the element shows at once and
 * gains its tooltip when the tooltip's code (~25 kB gzipped with the positioning
 * library) has loaded, once the page is idle; a hint on hover can wait, the figures cannot.
 */
export function DeferredTooltip({ label, children, withArrow, openDelay }: DeferredTooltipProps) {
  useLoadWhenIdle(tooltipModule);
  const loaded = tooltipModule.useLoaded();
  if (!loaded) return children;
  return (
    <loaded.Tooltip label={label} withArrow={withArrow} openDelay={openDelay}>
      {children}
    </loaded.Tooltip>
  );
}
