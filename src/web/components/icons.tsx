import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number | string };

/** A decorative line icon (24×24, stroke follows the text colour). */
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

export const IconChevronDown = (props: IconProps) => (
  <LineIcon paths={['M6 9l6 6l6 -6']} {...props} />
);
export const IconPlus = (props: IconProps) => (
  <LineIcon paths={['M12 5v14', 'M5 12h14']} {...props} />
);
export const IconEdit = (props: IconProps) => (
  <LineIcon
    paths={['M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4', 'M13.5 6.5l4 4']}
    {...props}
  />
);
export const IconUser = (props: IconProps) => (
  <LineIcon
    paths={['M8 7a4 4 0 1 0 8 0a4 4 0 0 0 -8 0', 'M6 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2']}
    {...props}
  />
);
export const IconUsers = (props: IconProps) => (
  <LineIcon
    paths={[
      'M5 7a4 4 0 1 0 8 0a4 4 0 1 0 -8 0',
      'M3 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2',
      'M16 3.13a4 4 0 0 1 0 7.75',
      'M21 21v-2a4 4 0 0 0 -3 -3.85',
    ]}
    {...props}
  />
);
export const IconBuilding = (props: IconProps) => (
  <LineIcon
    paths={[
      'M3 21h18',
      'M5 21v-14l8 -4v18',
      'M19 21v-10l-6 -4',
      'M9 9v.01',
      'M9 12v.01',
      'M9 15v.01',
      'M9 18v.01',
    ]}
    {...props}
  />
);
export const IconPackage = (props: IconProps) => (
  <LineIcon
    paths={[
      'M12 3l8 4.5v9l-8 4.5l-8 -4.5v-9l8 -4.5',
      'M12 12l8 -4.5',
      'M12 12v9',
      'M12 12l-8 -4.5',
    ]}
    {...props}
  />
);
export const IconClock = (props: IconProps) => (
  <LineIcon paths={['M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0', 'M12 7v5l3 3']} {...props} />
);
export const IconHistory = (props: IconProps) => (
  <LineIcon paths={['M12 8v4l2 2', 'M3.05 11a9 9 0 1 1 .5 4m-.5 5v-5h5']} {...props} />
);
export const IconInbox = (props: IconProps) => (
  <LineIcon
    paths={[
      'M4 6a2 2 0 0 1 2 -2h12a2 2 0 0 1 2 2v12a2 2 0 0 1 -2 2h-12a2 2 0 0 1 -2 -2z',
      'M4 13h3l3 3h4l3 -3h3',
    ]}
    {...props}
  />
);
export const IconChecklist = (props: IconProps) => (
  <LineIcon
    paths={['M9 6h11', 'M9 12h11', 'M9 18h11', 'M5 6v.01', 'M5 12v.01', 'M5 18v.01']}
    {...props}
  />
);
export const IconActivity = (props: IconProps) => (
  <LineIcon paths={['M3 12h4l3 8l4 -16l3 8h4']} {...props} />
);
export const IconLogout = (props: IconProps) => (
  <LineIcon
    paths={[
      'M14 8v-2a2 2 0 0 0 -2 -2h-7a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2 -2v-2',
      'M9 12h12l-3 -3',
      'M18 15l3 -3',
    ]}
    {...props}
  />
);
export const IconLogin = (props: IconProps) => (
  <LineIcon
    paths={[
      'M15 8v-2a2 2 0 0 0 -2 -2h-7a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2 -2v-2',
      'M21 12h-13l3 -3',
      'M11 15l-3 -3',
    ]}
    {...props}
  />
);
export const IconShield = (props: IconProps) => (
  <LineIcon
    paths={['M12 3a12 12 0 0 0 8.5 3a12 12 0 0 1 -8.5 15a12 12 0 0 1 -8.5 -15a12 12 0 0 0 8.5 -3']}
    {...props}
  />
);
export const IconLifebuoy = (props: IconProps) => (
  <LineIcon
    paths={[
      'M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0',
      'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0',
      'M15 15l3.35 3.35',
      'M9 15l-3.35 3.35',
      'M5.65 5.65l3.35 3.35',
      'M18.35 5.65l-3.35 3.35',
    ]}
    {...props}
  />
);
export const IconLayout = (props: IconProps) => (
  <LineIcon
    paths={['M4 4h6v8h-6z', 'M4 16h6v4h-6z', 'M14 12h6v8h-6z', 'M14 4h6v4h-6z']}
    {...props}
  />
);
export const IconCompass = (props: IconProps) => (
  <LineIcon
    paths={['M8 16l2 -6l6 -2l-2 6l-6 2', 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0']}
    {...props}
  />
);
export const IconLock = (props: IconProps) => (
  <LineIcon
    paths={[
      'M5 13a2 2 0 0 1 2 -2h10a2 2 0 0 1 2 2v6a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2z',
      'M8 11v-4a4 4 0 1 1 8 0v4',
    ]}
    {...props}
  />
);
export const IconMessages = (props: IconProps) => (
  <LineIcon
    paths={[
      'M8 9h8',
      'M8 13h6',
      'M18 4a3 3 0 0 1 3 3v8a3 3 0 0 1 -3 3h-5l-5 3v-3h-2a3 3 0 0 1 -3 -3v-8a3 3 0 0 1 3 -3z',
    ]}
    {...props}
  />
);
export const IconAlert = (props: IconProps) => (
  <LineIcon
    paths={[
      'M12 9v4',
      'M10.363 3.591l-8.106 13.534a1.914 1.914 0 0 0 1.636 2.871h16.214a1.914 1.914 0 0 0 1.636 -2.87l-8.106 -13.536a1.914 1.914 0 0 0 -3.274 0z',
      'M12 16h.01',
    ]}
    {...props}
  />
);
export const IconKey = (props: IconProps) => (
  <LineIcon
    paths={[
      'M16.555 3.843l3.602 3.602a2.877 2.877 0 0 1 0 4.069l-2.643 2.643a2.877 2.877 0 0 1 -4.069 0l-.301 -.301l-6.558 6.558a2 2 0 0 1 -1.239 .578l-.175 .008h-1.172a1 1 0 0 1 -.993 -.883l-.007 -.117v-1.172a2 2 0 0 1 .467 -1.284l.119 -.13l.414 -.414h2v-2h2v-2l2.144 -2.144l-.301 -.301a2.877 2.877 0 0 1 0 -4.069l2.643 -2.643a2.877 2.877 0 0 1 4.069 0z',
      'M15 9h.01',
    ]}
    {...props}
  />
);
export const IconSearch = (props: IconProps) => (
  <LineIcon paths={['M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0', 'M21 21l-6 -6']} {...props} />
);
export const IconPaperclip = (props: IconProps) => (
  <LineIcon
    paths={[
      'M15 7l-6.5 6.5a1.5 1.5 0 0 0 3 3l6.5 -6.5a3 3 0 0 0 -6 -6l-6.5 6.5a4.5 4.5 0 0 0 9 9l6.5 -6.5',
    ]}
    {...props}
  />
);
export const IconFile = (props: IconProps) => (
  <LineIcon
    paths={[
      'M14 3v4a1 1 0 0 0 1 1h4',
      'M17 21h-10a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2h7l5 5v11a2 2 0 0 1 -2 2z',
    ]}
    {...props}
  />
);
export const IconDownload = (props: IconProps) => (
  <LineIcon
    paths={['M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2', 'M7 11l5 5l5 -5', 'M12 4v12']}
    {...props}
  />
);
export const IconUpload = (props: IconProps) => (
  <LineIcon
    paths={['M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2', 'M7 9l5 -5l5 5', 'M12 4v12']}
    {...props}
  />
);
export const IconX = (props: IconProps) => (
  <LineIcon paths={['M18 6l-12 12', 'M6 6l12 12']} {...props} />
);
export const IconSortAscending = (props: IconProps) => (
  <LineIcon paths={['M4 6h7', 'M4 12h7', 'M4 18h9', 'M15 9l3 -3l3 3', 'M18 6v12']} {...props} />
);
export const IconSortDescending = (props: IconProps) => (
  <LineIcon paths={['M4 6h9', 'M4 12h7', 'M4 18h7', 'M15 15l3 3l3 -3', 'M18 6v12']} {...props} />
);
export const IconExternalLink = (props: IconProps) => (
  <LineIcon
    paths={[
      'M12 6h-6a2 2 0 0 0 -2 2v10a2 2 0 0 0 2 2h10a2 2 0 0 0 2 -2v-6',
      'M11 13l9 -9',
      'M15 4h5v5',
    ]}
    {...props}
  />
);
export const IconSend = (props: IconProps) => (
  <LineIcon
    paths={[
      'M10 14l11 -11',
      'M21 3l-6.5 18a.55 .55 0 0 1 -1 0l-3.5 -7l-7 -3.5a.55 .55 0 0 1 0 -1l18 -6.5',
    ]}
    {...props}
  />
);
export const IconArrowLeft = (props: IconProps) => (
  <LineIcon paths={['M5 12h14', 'M5 12l6 6', 'M5 12l6 -6']} {...props} />
);
export const IconRotate = (props: IconProps) => (
  <LineIcon
    paths={['M20 11a8.1 8.1 0 0 0 -15.5 -2m-.5 -4v4h4', 'M4 13a8.1 8.1 0 0 0 15.5 2m.5 4v-4h-4']}
    {...props}
  />
);
export const IconCircleCheck = (props: IconProps) => (
  <LineIcon paths={['M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0', 'M9 12l2 2l4 -4']} {...props} />
);
