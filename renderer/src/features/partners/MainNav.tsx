import { Tab, TabList } from '@fluentui/react-components';
import {
  BoardRegular,
  BuildingMultipleRegular,
  CalendarWeekStartRegular,
  ContactCardRegular,
  DataBarVerticalRegular,
  DocumentArrowRightRegular,
  HatGraduationRegular,
  HomeRegular,
  PeopleCommunityRegular,
  PersonHeartRegular,
  PersonStarRegular,
  SettingsRegular,
  ShieldLockRegular,
  HistoryRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useIsAdministrator } from '../users/session';
import { useNavigation, type PageName } from './navigation';

/** The vertical page list on the left of the open register. */
export function MainNav() {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  // The audit log is for administrators (core refuses the rest); others do not see the entry.
  const administrator = useIsAdministrator();
  return (
    <TabList vertical selectedValue={route.page} onTabSelect={(_e, d) => go({ page: d.value as PageName })}>
      <Tab value="home" icon={<HomeRegular />} data-testid="home-nav">
        {t('nav.home')}
      </Tab>
      <Tab value="week" icon={<CalendarWeekStartRegular />} data-testid="week-nav">
        {t('mentoring.nav.week')}
      </Tab>
      <Tab value="cases" icon={<PersonHeartRegular />} data-testid="cases-nav">
        {t('mentoring.nav.cases')}
      </Tab>
      <Tab value="board" icon={<BoardRegular />} data-testid="board-nav">
        {t('mentoring.nav.board')}
      </Tab>
      <Tab value="feedback" icon={<DocumentArrowRightRegular />} data-testid="feedback-nav">
        {t('feedback.title')}
      </Tab>
      <Tab value="results" icon={<DataBarVerticalRegular />} data-testid="results-nav">
        {t('programme.title')}
      </Tab>
      <Tab value="mentees" icon={<HatGraduationRegular />} data-testid="mentees-nav">
        {t('mentoring.nav.mentees')}
      </Tab>
      <Tab value="mentors" icon={<PersonStarRegular />} data-testid="mentors-nav">
        {t('mentoring.nav.mentors')}
      </Tab>
      <Tab value="organisations" icon={<BuildingMultipleRegular />} data-testid="organisations-nav">
        {t('partners.nav.organisations')}
      </Tab>
      <Tab value="contacts" icon={<ContactCardRegular />} data-testid="contacts-nav">
        {t('partners.nav.contacts')}
      </Tab>
      <Tab value="networks" icon={<PeopleCommunityRegular />} data-testid="networks-nav">
        {t('partners.nav.networks')}
      </Tab>
      <Tab value="privacy" icon={<ShieldLockRegular />} data-testid="privacy-nav">
        {t('privacy.nav')}
      </Tab>
      {administrator && (
        <Tab value="audit" icon={<HistoryRegular />} data-testid="audit-nav">
          {t('audit.title')}
        </Tab>
      )}
      <Tab value="settings" icon={<SettingsRegular />} data-testid="settings-nav">
        {t('nav.settings')}
      </Tab>
    </TabList>
  );
}
