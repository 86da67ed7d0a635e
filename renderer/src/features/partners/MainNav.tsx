import { Tab, TabList } from '@fluentui/react-components';
import { BuildingMultipleRegular, ContactCardRegular, HomeRegular, PeopleCommunityRegular, SettingsRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigation, type PageName } from './navigation';

/** The vertical page list on the left of the open register. */
export function MainNav() {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  return (
    <TabList vertical selectedValue={route.page} onTabSelect={(_e, d) => go({ page: d.value as PageName })}>
      <Tab value="home" icon={<HomeRegular />} data-testid="home-nav">
        {t('nav.home')}
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
      <Tab value="settings" icon={<SettingsRegular />} data-testid="settings-nav">
        {t('nav.settings')}
      </Tab>
    </TabList>
  );
}
