import { Suspense, type ReactNode } from 'react';
import type { Language } from '../../../../shared/languages';
import { ChunkLoading, lazyNamed } from '../../components/lazy';
import { HomePage } from '../home/HomePage';
import './grid-setup';
import { useNavigation } from './navigation';

// Every page but the start page is a chunk of its own (components/lazy.tsx), loaded when first opened.
const AuditPage = lazyNamed(() => import('../audit/AuditPage'), 'AuditPage');
const BoardPage = lazyNamed(() => import('../cases/BoardPage'), 'BoardPage');
const CasesPage = lazyNamed(() => import('../cases/CasesPage'), 'CasesPage');
const ContactsPage = lazyNamed(() => import('../contacts/ContactsPage'), 'ContactsPage');
const FeedbackDuePage = lazyNamed(() => import('../feedback/FeedbackDuePage'), 'FeedbackDuePage');
const MenteesPage = lazyNamed(() => import('../mentees/MenteesPage'), 'MenteesPage');
const MentorsPage = lazyNamed(() => import('../mentors/MentorsPage'), 'MentorsPage');
const NetworksPage = lazyNamed(() => import('../networks/NetworksPage'), 'NetworksPage');
const OrganisationsPage = lazyNamed(() => import('../organisations/OrganisationsPage'), 'OrganisationsPage');
const PrivacyPage = lazyNamed(() => import('../privacy/PrivacyPage'), 'PrivacyPage');
const ResultsReportPage = lazyNamed(() => import('../results/ResultsReportPage'), 'ResultsReportPage');
const SettingsPage = lazyNamed(() => import('../settings/SettingsPage'), 'SettingsPage');
const WeekPage = lazyNamed(() => import('../week/WeekPage'), 'WeekPage');

/** The page the navigation points at. List pages take an optional extra toolbar item (import/export). */
export function MainPages(props: {
  autoLockMinutes: number;
  language: Language;
  onLanguageChange: (l: Language) => void;
  onAutoLockChange: (minutes: number) => void;
  toolbarExtra?: Partial<Record<'organisations' | 'contacts' | 'networks', ReactNode>>;
}) {
  return (
    <Suspense fallback={<ChunkLoading />}>
      <Page {...props} />
    </Suspense>
  );
}

function Page(props: Parameters<typeof MainPages>[0]) {
  const { route } = useNavigation();
  switch (route.page) {
    case 'home':
      return <HomePage autoLockMinutes={props.autoLockMinutes} />;
    case 'week':
      return <WeekPage />;
    case 'cases':
      return <CasesPage />;
    case 'board':
      return <BoardPage />;
    case 'feedback':
      return <FeedbackDuePage />;
    case 'results':
      return <ResultsReportPage />;
    case 'mentees':
      return <MenteesPage />;
    case 'mentors':
      return <MentorsPage />;
    case 'organisations':
      return <OrganisationsPage toolbarExtra={props.toolbarExtra?.organisations} />;
    case 'contacts':
      return <ContactsPage toolbarExtra={props.toolbarExtra?.contacts} />;
    case 'networks':
      return <NetworksPage toolbarExtra={props.toolbarExtra?.networks} />;
    case 'privacy':
      return <PrivacyPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage language={props.language} onLanguageChange={props.onLanguageChange} onAutoLockChange={props.onAutoLockChange} />;
  }
}
