import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/types';
import type { Lang } from '../../domain/instrument/types';
import type { PackageError } from '../../domain/planning';
import { localeOf } from '../../i18n';
import { formatDateTime, formatSizeOverLimit } from '../../lib/format';
import { useRegionsStore } from '../../state/regions-store';

interface Target {
  readonly assessment: Assessment;
  readonly regionName: string;
}

/** The message for a refused work package, in the UI language, naming what is wrong. */
export function usePackageErrorText(lang: Lang): (error: PackageError, target?: Target) => string {
  const { t } = useTranslation('planning');
  const catalog = useRegionsStore((s) => s.catalog);
  const locale = localeOf(lang);
  return (error, target) => {
    switch (error.code) {
      case 'wrong_assessment':
        return t('opd.errors.wrong_assessment', {
          fileRegion: error.file.regionName ?? catalog?.byCode.get(error.file.regionCode)?.name ?? error.file.regionCode,
          filePeriod: error.file.period,
          region: target?.regionName ?? '',
          period: target?.assessment.period ?? '',
        });
      case 'already_merged':
        return t('opd.errors.already_merged', { date: formatDateTime(error.mergedAt, locale) });
      case 'outside_assignment':
        return t('opd.errors.outside_assignment', { opd: error.opd, indicators: error.indicatorIds.join(', ') });
      case 'invalid': {
        const rule = t(`opd.errors.rules.${error.reason}`, { limit: error.limit, defaultValue: t('opd.errors.rules.invalid_value') });
        return t('opd.errors.invalid', { detail: error.detail, rule });
      }
      case 'too_large':
        return t('opd.errors.too_large', formatSizeOverLimit(Number(error.value ?? error.limit), error.limit, locale));
      case 'too_deep':
      case 'non_finite_number':
      case 'forbidden_key':
        return t(`opd.errors.${error.code}`, { ...error });
      case 'newer_version':
        return t('opd.errors.newer_version', { version: error.version, supported: error.supported });
      case 'unknown_instrument':
      case 'unknown_weight_profile':
        return t(`opd.errors.${error.code}`, { value: error.value });
      case 'unknown_indicator':
        return t('opd.errors.unknown_indicator', { indicators: error.indicatorIds.join(', ') });
      case 'instrument_mismatch':
        return t('opd.errors.instrument_mismatch', { file: error.file, target: error.target });
      case 'newer_part_version':
        return t('apkg.errors.newer_part_version', { version: error.version, supported: error.supported });
      case 'other_opd_actions':
        return t('apkg.errors.other_opd_actions', { opd: error.opd, actions: error.actions.map((a) => `“${a}”`).join(', ') });
      case 'invalid_action':
        return t('apkg.errors.invalid_action', { action: error.action });
      case 'wrong_direction':
        return t(error.direction === 'to_coordinator' ? 'opd.errors.wrong_direction_open' : 'opd.errors.wrong_direction');
      default:
        return t(`opd.errors.${error.code}`);
    }
  };
}
