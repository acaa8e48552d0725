import {
  IconActivity as TablerActivity,
  IconAlertCircle as TablerAlert,
  IconArchive as TablerArchive,
  IconArchiveOff as TablerArchiveOff,
  IconArrowLeft as TablerArrowLeft,
  IconBan as TablerBan,
  IconBuilding as TablerBuilding,
  IconChartBar as TablerChartBar,
  IconChecklist as TablerChecklist,
  IconChevronDown as TablerChevronDown,
  IconCircleCheck as TablerCircleCheck,
  IconClock as TablerClock,
  IconCoinOff as TablerCoinOff,
  IconCompass as TablerCompass,
  IconCopy as TablerCopy,
  IconDeviceDesktop as TablerDeviceDesktop,
  IconDeviceMobile as TablerDeviceMobile,
  IconDevices as TablerDevices,
  IconDeviceTablet as TablerDeviceTablet,
  IconDots as TablerDots,
  IconDownload as TablerDownload,
  IconEdit as TablerEdit,
  IconExternalLink as TablerExternalLink,
  IconFile as TablerFile,
  IconFileOff as TablerFileOff,
  IconHistory as TablerHistory,
  type Icon as TablerIcon,
  IconInbox as TablerInbox,
  IconKey as TablerKey,
  IconLayout as TablerLayout,
  IconLifebuoy as TablerLifebuoy,
  IconLock as TablerLock,
  IconLogin as TablerLogin,
  IconLogout as TablerLogout,
  IconMail as TablerMail,
  IconMailbox as TablerMailbox,
  IconMailQuestion as TablerMailQuestion,
  IconMessages as TablerMessages,
  IconPackage as TablerPackage,
  IconPaperclip as TablerPaperclip,
  IconPlayerPlay as TablerPlayerPlay,
  IconPlayerStop as TablerPlayerStop,
  IconPlugConnected as TablerPlugConnected,
  IconPlus as TablerPlus,
  IconRefresh as TablerRefresh,
  IconRotate as TablerRotate,
  IconSearch as TablerSearch,
  IconSend as TablerSend,
  IconShield as TablerShield,
  IconSortAscending as TablerSortAscending,
  IconSortDescending as TablerSortDescending,
  IconTrash as TablerTrash,
  IconUpload as TablerUpload,
  IconUser as TablerUser,
  IconUserPlus as TablerUserPlus,
  IconUsers as TablerUsers,
  IconX as TablerX,
} from '@tabler/icons-react';
import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children' | 'ref'> & { size?: number | string };

/**
 * The app's icons: Tabler's line icons (@tabler/icons-react), drawn at 20 px with a
 * lighter stroke, and decorative — the text beside them carries the meaning.
 */
function decorative(Icon: TablerIcon) {
  return ({ size = 20, ...props }: IconProps) => (
    <Icon size={size} stroke={1.8} aria-hidden="true" focusable="false" {...props} />
  );
}

export const IconActivity = decorative(TablerActivity);
export const IconAlert = decorative(TablerAlert);
export const IconArchive = decorative(TablerArchive);
export const IconArchiveOff = decorative(TablerArchiveOff);
export const IconArrowLeft = decorative(TablerArrowLeft);
export const IconBan = decorative(TablerBan);
export const IconBuilding = decorative(TablerBuilding);
export const IconChartBar = decorative(TablerChartBar);
export const IconChecklist = decorative(TablerChecklist);
export const IconChevronDown = decorative(TablerChevronDown);
export const IconCircleCheck = decorative(TablerCircleCheck);
export const IconClock = decorative(TablerClock);
export const IconCoinOff = decorative(TablerCoinOff);
export const IconCompass = decorative(TablerCompass);
export const IconCopy = decorative(TablerCopy);
export const IconDeviceDesktop = decorative(TablerDeviceDesktop);
export const IconDeviceMobile = decorative(TablerDeviceMobile);
export const IconDevices = decorative(TablerDevices);
export const IconDeviceTablet = decorative(TablerDeviceTablet);
export const IconDots = decorative(TablerDots);
export const IconDownload = decorative(TablerDownload);
export const IconEdit = decorative(TablerEdit);
export const IconExternalLink = decorative(TablerExternalLink);
export const IconFile = decorative(TablerFile);
export const IconFileOff = decorative(TablerFileOff);
export const IconHistory = decorative(TablerHistory);
export const IconInbox = decorative(TablerInbox);
export const IconKey = decorative(TablerKey);
export const IconLayout = decorative(TablerLayout);
export const IconLifebuoy = decorative(TablerLifebuoy);
export const IconLock = decorative(TablerLock);
export const IconLogin = decorative(TablerLogin);
export const IconLogout = decorative(TablerLogout);
export const IconMail = decorative(TablerMail);
export const IconMailbox = decorative(TablerMailbox);
export const IconMailQuestion = decorative(TablerMailQuestion);
export const IconMessages = decorative(TablerMessages);
export const IconPackage = decorative(TablerPackage);
export const IconPaperclip = decorative(TablerPaperclip);
export const IconPlayerPlay = decorative(TablerPlayerPlay);
export const IconPlayerStop = decorative(TablerPlayerStop);
export const IconPlugConnected = decorative(TablerPlugConnected);
export const IconPlus = decorative(TablerPlus);
export const IconRefresh = decorative(TablerRefresh);
export const IconRotate = decorative(TablerRotate);
export const IconSearch = decorative(TablerSearch);
export const IconSend = decorative(TablerSend);
export const IconShield = decorative(TablerShield);
export const IconSortAscending = decorative(TablerSortAscending);
export const IconSortDescending = decorative(TablerSortDescending);
export const IconTrash = decorative(TablerTrash);
export const IconUpload = decorative(TablerUpload);
export const IconUser = decorative(TablerUser);
export const IconUserPlus = decorative(TablerUserPlus);
export const IconUsers = decorative(TablerUsers);
export const IconX = decorative(TablerX);
