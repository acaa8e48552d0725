// The one thing deferred-tooltip.tsx imports later: Mantine's Tooltip, with its positioning library.
export { Tooltip } from '@mantine/core';
