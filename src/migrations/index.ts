import * as migration_20261123_163839_initial from './20261123_163839_initial';
import * as migration_20261123_171334_publications from './20261123_171334_publications';
import * as migration_20261123_172423_jobs from './20261123_172423_jobs';
import * as migration_20261123_173000_toc_pages from './20261123_173000_toc_pages';
import * as migration_20261123_174512_translation_workflow from './20261123_174512_translation_workflow';
import * as migration_20261123_175328_publication_gate from './20261123_175328_publication_gate';
import * as migration_20261130_091758_withdrawal from './20261130_091758_withdrawal';
import * as migration_20261130_092017_no_login_lockout from './20261130_092017_no_login_lockout';
import * as migration_20261130_120258_webhooks from './20261130_120258_webhooks';
import * as migration_20261130_124300_delivery_snapshots from './20261130_124300_delivery_snapshots';
import * as migration_20261130_153134_press_edition from './20261130_153134_press_edition';
import * as migration_20261130_160105_imprint from './20261130_160105_imprint';
import * as migration_20261130_175232_directory_of_services from './20261130_175232_directory_of_services';
import * as migration_20261130_181839_facilitator_guides from './20261130_181839_facilitator_guides';
import * as migration_20261130_204033_guidance_note from './20261130_204033_guidance_note';
import * as migration_20261201_000817_figure_key_credit from './20261201_000817_figure_key_credit';

export const migrations = [
  {
    up: migration_20261123_163839_initial.up,
    down: migration_20261123_163839_initial.down,
    name: '20261123_163839_initial',
  },
  {
    up: migration_20261123_171334_publications.up,
    down: migration_20261123_171334_publications.down,
    name: '20261123_171334_publications',
  },
  {
    up: migration_20261123_172423_jobs.up,
    down: migration_20261123_172423_jobs.down,
    name: '20261123_172423_jobs',
  },
  {
    up: migration_20261123_173000_toc_pages.up,
    down: migration_20261123_173000_toc_pages.down,
    name: '20261123_173000_toc_pages',
  },
  {
    up: migration_20261123_174512_translation_workflow.up,
    down: migration_20261123_174512_translation_workflow.down,
    name: '20261123_174512_translation_workflow',
  },
  {
    up: migration_20261123_175328_publication_gate.up,
    down: migration_20261123_175328_publication_gate.down,
    name: '20261123_175328_publication_gate',
  },
  {
    up: migration_20261130_091758_withdrawal.up,
    down: migration_20261130_091758_withdrawal.down,
    name: '20261130_091758_withdrawal',
  },
  {
    up: migration_20261130_092017_no_login_lockout.up,
    down: migration_20261130_092017_no_login_lockout.down,
    name: '20261130_092017_no_login_lockout',
  },
  {
    up: migration_20261130_120258_webhooks.up,
    down: migration_20261130_120258_webhooks.down,
    name: '20261130_120258_webhooks',
  },
  {
    up: migration_20261130_124300_delivery_snapshots.up,
    down: migration_20261130_124300_delivery_snapshots.down,
    name: '20261130_124300_delivery_snapshots',
  },
  {
    up: migration_20261130_153134_press_edition.up,
    down: migration_20261130_153134_press_edition.down,
    name: '20261130_153134_press_edition',
  },
  {
    up: migration_20261130_160105_imprint.up,
    down: migration_20261130_160105_imprint.down,
    name: '20261130_160105_imprint',
  },
  {
    up: migration_20261130_175232_directory_of_services.up,
    down: migration_20261130_175232_directory_of_services.down,
    name: '20261130_175232_directory_of_services',
  },
  {
    up: migration_20261130_181839_facilitator_guides.up,
    down: migration_20261130_181839_facilitator_guides.down,
    name: '20261130_181839_facilitator_guides',
  },
  {
    up: migration_20261130_204033_guidance_note.up,
    down: migration_20261130_204033_guidance_note.down,
    name: '20261130_204033_guidance_note',
  },
  {
    up: migration_20261201_000817_figure_key_credit.up,
    down: migration_20261201_000817_figure_key_credit.down,
    name: '20261201_000817_figure_key_credit'
  },
];
