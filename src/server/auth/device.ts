import Bowser from 'bowser';
import type { DeviceType } from '../../shared/api/sessions.js';

export interface DeviceDescription {
  browser: string | null;
  os: string | null;
  deviceType: DeviceType;
}

const DEVICE_TYPES = new Set<string>(['desktop', 'mobile', 'tablet']);

/** Only the major version: "Chrome 120", not "Chrome 120.0.6099.109"; "iOS 17". */
const named = (name?: string, version?: string) =>
  name ? [name, version?.split('.')[0]].filter(Boolean).join(' ') : null;

/** What a person recognises their device by, from the User-Agent its browser sent. */
export function describeDevice(userAgent: string | null): DeviceDescription {
  if (!userAgent) return { browser: null, os: null, deviceType: 'unknown' };
  const { browser, os, platform } = Bowser.parse(userAgent);
  return {
    browser: named(browser.name, browser.version),
    // Windows is known by its marketing name ("10"), others by their version.
    os: named(os.name, os.versionName ?? os.version),
    deviceType:
      platform.type && DEVICE_TYPES.has(platform.type) ? (platform.type as DeviceType) : 'unknown',
  };
}
