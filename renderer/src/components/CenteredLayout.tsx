import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

const useStyles = makeStyles({
  page: {
    minHeight: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  main: {
    flex: 1,
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  },
  card: {
    width: '100%',
    maxWidth: '560px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  wide: { maxWidth: '680px' },
  footer: {
    textAlign: 'center',
    padding: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

/** The frame of every screen shown before a register is open: brand, language, one card. */
export function CenteredLayout({ children, corner, wide }: { children: ReactNode; corner?: ReactNode; wide?: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <header className={styles.top}>
        <div className={styles.brand}>
          <BrandMark />
          <Subtitle2>{t('app.name')}</Subtitle2>
        </div>
        {corner}
      </header>
      <main className={styles.main}>
        <section className={wide ? `${styles.card} ${styles.wide}` : styles.card}>{children}</section>
      </main>
      <footer className={styles.footer}>{t('app.privacy')}</footer>
    </div>
  );
}
