import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  API_TOKEN_AREAS,
  type ApiTokenArea,
  type ApiTokenScope,
} from '../../../shared/api/api-tokens';

type Access = 'none' | 'read' | 'write';

function accessOf(scopes: readonly ApiTokenScope[], area: ApiTokenArea): Access {
  if (scopes.includes(`${area}:write`)) return 'write';
  return scopes.includes(`${area}:read`) ? 'read' : 'none';
}

/** Read or write per area, one row each; write includes read, so one scope per area. */
export function ScopePicker({
  value,
  onChange,
  areas = API_TOKEN_AREAS,
  error,
}: {
  value: ApiTokenScope[];
  onChange: (scopes: ApiTokenScope[]) => void;
  areas?: readonly ApiTokenArea[];
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const setAccess = (area: ApiTokenArea, access: Access) => {
    const others = value.filter((scope) => !scope.startsWith(`${area}:`));
    onChange(access === 'none' ? others : [...others, `${area}:${access}`]);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="api-token-scopes">
        {t('apiTokens.form.scopes')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('apiTokens.form.scopesHint')}
      </Text>
      {areas.map((area) => (
        <Group
          key={area}
          justify="space-between"
          gap="xs"
          wrap="wrap"
          role="group"
          aria-labelledby={`api-token-area-${area}`}
        >
          <Text size="sm" id={`api-token-area-${area}`}>
            {t(`apiTokens.areas.${area}`)}
          </Text>
          <SegmentedControl
            size="xs"
            value={accessOf(value, area)}
            onChange={(access) => setAccess(area, access as Access)}
            data={(['none', 'read', 'write'] as const).map((access) => ({
              value: access,
              label: t(`apiTokens.form.access.${access}`),
            }))}
          />
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
