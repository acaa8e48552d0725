import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** The first thing a keyboard user reaches: a jump past the header to the page. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main-content" className={classes.skipLink}>
      {t('nav.skipToContent')}
    </a>
  );
}
