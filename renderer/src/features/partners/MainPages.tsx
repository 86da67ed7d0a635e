import type { ReactNode } from 'react';
import type { Language } from '../../../../shared/languages';
import { AuditPage } from '../audit/AuditPage';
import { BoardPage } from '../cases/BoardPage';
import { CasesPage } from '../cases/CasesPage';
import { ContactsPage } from '../contacts/ContactsPage';
import { FeedbackDuePage } from '../feedback/FeedbackDuePage';
import { HomePage } from '../home/HomePage';
import { MenteesPage } from '../mentees/MenteesPage';
import { MentorsPage } from '../mentors/MentorsPage';
import { NetworksPage } from '../networks/NetworksPage';
import { OrganisationsPage } from '../organisations/OrganisationsPage';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { ResultsReportPage } from '../results/ResultsReportPage';
import { SettingsPage } from '../settings/SettingsPage';
import { WeekPage } from '../week/WeekPage';
import './grid-setup';
import { useNavigation } from './navigation';

/** The page the navigation points at. List pages take an optional extra toolbar item (import/export). */
export function MainPages(props: {
  autoLockMinutes: number;
  language: Language;
  onLanguageChange: (l: Language) => void;
  onAutoLockChange: (minutes: number) => void;
  toolbarExtra?: Partial<Record<'organisations' | 'contacts' | 'networks', ReactNode>>;
}) {
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
