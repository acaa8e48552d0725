import type { Icon as TablerIcon } from '@tabler/icons-react';
import type { SVGProps } from 'react';

export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children' | 'ref'> & {
  size?: number | string;
};

/**
 * The app's icons: Tabler's line icons (@tabler/icons-react), drawn at 20 px with a
 * lighter stroke, and decorative — the text beside them carries the meaning.
 */
export function decorative(Icon: TablerIcon) {
  return ({ size = 20, ...props }: IconProps) => (
    <Icon size={size} stroke={1.8} aria-hidden="true" focusable="false" {...props} />
  );
}
