import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number | string };

/** A decorative line icon drawn like components/icons.tsx (24×24, stroke follows the text). */
function LineIcon({ paths, size = 20, ...props }: IconProps & { paths: readonly string[] }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

export const IconPlayerPlay = (props: IconProps) => (
  <LineIcon paths={['M7 4v16l13 -8z']} {...props} />
);
export const IconPlayerStop = (props: IconProps) => (
  <LineIcon
    paths={['M5 7a2 2 0 0 1 2 -2h10a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2z']}
    {...props}
  />
);
export const IconTrash = (props: IconProps) => (
  <LineIcon
    paths={[
      'M4 7h16',
      'M10 11v6',
      'M14 11v6',
      'M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2 -2l1 -12',
      'M9 7v-3a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v3',
    ]}
    {...props}
  />
);
export const IconDots = (props: IconProps) => (
  <LineIcon
    paths={[
      'M4 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0',
      'M11 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0',
      'M18 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0',
    ]}
    {...props}
  />
);
export const IconChartBar = (props: IconProps) => (
  <LineIcon
    paths={[
      'M3 13a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v6a1 1 0 0 1 -1 1h-4a1 1 0 0 1 -1 -1z',
      'M15 9a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v10a1 1 0 0 1 -1 1h-4a1 1 0 0 1 -1 -1z',
      'M9 5a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v14a1 1 0 0 1 -1 1h-4a1 1 0 0 1 -1 -1z',
      'M4 20h14',
    ]}
    {...props}
  />
);
export const IconCoinOff = (props: IconProps) => (
  <LineIcon
    paths={[
      'M14.8 9a2 2 0 0 0 -1.8 -1h-2c-.4 0 -.8 .1 -1.1 .3',
      'M12 6v2m0 8v2',
      'M3 3l18 18',
      'M20.6 16.6a9 9 0 0 0 -12.2 -12.2',
      'M5.6 5.6a9 9 0 1 0 12.8 12.8',
    ]}
    {...props}
  />
);
