import {
  IconArchive as TablerArchive,
  IconArchiveOff as TablerArchiveOff,
  IconArrowLeft as TablerArrowLeft,
  IconBan as TablerBan,
  IconCircleCheck as TablerCircleCheck,
  IconCoinOff as TablerCoinOff,
  IconCompass as TablerCompass,
  IconCopy as TablerCopy,
  IconDeviceDesktop as TablerDeviceDesktop,
  IconDeviceMobile as TablerDeviceMobile,
  IconDevices as TablerDevices,
  IconDeviceTablet as TablerDeviceTablet,
  IconDots as TablerDots,
  IconDownload as TablerDownload,
  IconExternalLink as TablerExternalLink,
  IconFile as TablerFile,
  IconFileOff as TablerFileOff,
  IconHistory as TablerHistory,
  IconKey as TablerKey,
  IconLayout as TablerLayout,
  IconLifebuoy as TablerLifebuoy,
  IconLogout as TablerLogout,
  IconMail as TablerMail,
  IconMailbox as TablerMailbox,
  IconMailQuestion as TablerMailQuestion,
  IconPaperclip as TablerPaperclip,
  IconPlayerPlay as TablerPlayerPlay,
  IconPlayerStop as TablerPlayerStop,
  IconPlugConnected as TablerPlugConnected,
  IconRefresh as TablerRefresh,
  IconRotate as TablerRotate,
  IconSearch as TablerSearch,
  IconSend as TablerSend,
  IconShield as TablerShield,
  IconSortAscending as TablerSortAscending,
  IconSortDescending as TablerSortDescending,
  IconTrash as TablerTrash,
  IconUpload as TablerUpload,
  IconUserPlus as TablerUserPlus,
  IconX as TablerX,
} from '@tabler/icons-react';
import { decorative } from './icon-base';

// Every icon of the app; the first screen's live in first-screen-icons.ts (see there why).
export {
  IconActivity,
  IconAlert,
  IconBuilding,
  IconChartBar,
  IconChecklist,
  IconChevronDown,
  IconClock,
  IconEdit,
  IconInbox,
  IconLock,
  IconLogin,
  IconMessages,
  IconPackage,
  IconPlus,
  IconUser,
  IconUsers,
} from './first-screen-icons';

// Marked pure: the bundler then leaves out the icons no one uses.
export const IconArchive = /* @__PURE__ */ decorative(TablerArchive);
export const IconArchiveOff = /* @__PURE__ */ decorative(TablerArchiveOff);
export const IconArrowLeft = /* @__PURE__ */ decorative(TablerArrowLeft);
export const IconBan = /* @__PURE__ */ decorative(TablerBan);
export const IconCircleCheck = /* @__PURE__ */ decorative(TablerCircleCheck);
export const IconCoinOff = /* @__PURE__ */ decorative(TablerCoinOff);
export const IconCompass = /* @__PURE__ */ decorative(TablerCompass);
export const IconCopy = /* @__PURE__ */ decorative(TablerCopy);
export const IconDeviceDesktop = /* @__PURE__ */ decorative(TablerDeviceDesktop);
export const IconDeviceMobile = /* @__PURE__ */ decorative(TablerDeviceMobile);
export const IconDevices = /* @__PURE__ */ decorative(TablerDevices);
export const IconDeviceTablet = /* @__PURE__ */ decorative(TablerDeviceTablet);
export const IconDots = /* @__PURE__ */ decorative(TablerDots);
export const IconDownload = /* @__PURE__ */ decorative(TablerDownload);
export const IconExternalLink = /* @__PURE__ */ decorative(TablerExternalLink);
export const IconFile = /* @__PURE__ */ decorative(TablerFile);
export const IconFileOff = /* @__PURE__ */ decorative(TablerFileOff);
export const IconHistory = /* @__PURE__ */ decorative(TablerHistory);
export const IconKey = /* @__PURE__ */ decorative(TablerKey);
export const IconLayout = /* @__PURE__ */ decorative(TablerLayout);
export const IconLifebuoy = /* @__PURE__ */ decorative(TablerLifebuoy);
export const IconLogout = /* @__PURE__ */ decorative(TablerLogout);
export const IconMail = /* @__PURE__ */ decorative(TablerMail);
export const IconMailbox = /* @__PURE__ */ decorative(TablerMailbox);
export const IconMailQuestion = /* @__PURE__ */ decorative(TablerMailQuestion);
export const IconPaperclip = /* @__PURE__ */ decorative(TablerPaperclip);
export const IconPlayerPlay = /* @__PURE__ */ decorative(TablerPlayerPlay);
export const IconPlayerStop = /* @__PURE__ */ decorative(TablerPlayerStop);
export const IconPlugConnected = /* @__PURE__ */ decorative(TablerPlugConnected);
export const IconRefresh = /* @__PURE__ */ decorative(TablerRefresh);
export const IconRotate = /* @__PURE__ */ decorative(TablerRotate);
export const IconSearch = /* @__PURE__ */ decorative(TablerSearch);
export const IconSend = /* @__PURE__ */ decorative(TablerSend);
export const IconShield = /* @__PURE__ */ decorative(TablerShield);
export const IconSortAscending = /* @__PURE__ */ decorative(TablerSortAscending);
export const IconSortDescending = /* @__PURE__ */ decorative(TablerSortDescending);
export const IconTrash = /* @__PURE__ */ decorative(TablerTrash);
export const IconUpload = /* @__PURE__ */ decorative(TablerUpload);
export const IconUserPlus = /* @__PURE__ */ decorative(TablerUserPlus);
export const IconX = /* @__PURE__ */ decorative(TablerX);
