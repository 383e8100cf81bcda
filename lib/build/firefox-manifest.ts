// Build (Node, from wxt.config.ts): turns the shared manifest into Firefox's: no Chrome-only permissions, a Gecko id,
// the oldest Firefox that has every API used, and the built-in data-consent declaration (nothing is collected).

/** Permissions Firefox does not know; the linter and the install dialog would flag them. Its sidebar needs none. */
export const CHROME_ONLY_PERMISSIONS = ['sidePanel'];

/** The add-on id on addons.mozilla.org. Fixed forever once the first version is signed: never change it. */
export const GECKO_ID = 'dealcraft@dealcraft.app';

/**
 * 140 (the current ESR): the first Firefox that reads data_collection_permissions. Everything else used
 * (sidebarAction.toggle, event pages, clipboard.writeText in extension pages) is older.
 */
export const GECKO_MIN_VERSION = '140.0';

export const GECKO_ANDROID_MIN_VERSION = '142.0';

export interface ManifestLike {
  permissions?: string[];
  optional_permissions?: string[];
  browser_specific_settings?: { gecko?: Record<string, unknown> } & Record<string, unknown>;
  [key: string]: unknown;
}

export function adaptManifestForFirefox<M extends ManifestLike>(manifest: M): M {
  const drop = (list?: string[]) => list?.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
  if (manifest.permissions) manifest.permissions = drop(manifest.permissions);
  if (manifest.optional_permissions) manifest.optional_permissions = drop(manifest.optional_permissions);
  manifest.browser_specific_settings = {
    ...manifest.browser_specific_settings,
    gecko: {
      ...manifest.browser_specific_settings?.gecko,
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      // Firefox's built-in consent: the add-on collects and transmits no data at all.
      data_collection_permissions: { required: ['none'] },
    },
    // Android has no sidebar, so the listing does not offer Dealcraft there; should it ever be installed there anyway,
    // 142 is the first Firefox for Android that reads data_collection_permissions.
    gecko_android: { ...(manifest.browser_specific_settings?.gecko_android as object | undefined), strict_min_version: GECKO_ANDROID_MIN_VERSION },
  };
  return manifest;
}
