import type { RendererChannel } from './index';

// The sandboxed preload cannot load zod, so it gets the renderer's channel names as a plain
// list. The type checks below make this list and the contract agree, in both directions.
export const RENDERER_CHANNEL_NAMES = [
  'app:state',
  'app:setLanguage',
  'app:forgetRegister',
  'register:create',
  'register:unlock',
  'register:setPassphrase',
  'register:changePassphrase',
  'register:lock',
  'register:info',
  'register:verify',
  'settings:get',
  'settings:update',
  'audit:recent',
  'shell:capabilities',
  'shell:chooseFolder',
  'shell:rememberOnDevice',
  'shell:unlockWithDevice',
  'shell:restartCore',
  'organisations:list',
  'organisations:get',
  'organisations:save',
  'organisations:archive',
  'organisations:delete',
  'contacts:list',
  'contacts:get',
  'contacts:save',
  'contacts:archive',
  'contacts:delete',
  'contacts:findDuplicates',
  'interactions:save',
  'interactions:delete',
  'networks:list',
  'networks:get',
  'networks:save',
  'networks:archive',
  'networks:delete',
  'search:query',
  'export:contacts',
  'export:organisations',
  'directory:generate',
] as const satisfies readonly RendererChannel[];

type Missing = Exclude<RendererChannel, (typeof RENDERER_CHANNEL_NAMES)[number]>;
/** Fails to compile, naming the channel, when the contract has a renderer channel this list lacks. */
export const everyRendererChannelListed: [Missing] extends [never] ? true : Missing = true;
