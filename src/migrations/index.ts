import * as migration_20261123_163839_initial from './20261123_163839_initial';
import * as migration_20261123_171334_publications from './20261123_171334_publications';
import * as migration_20261123_172423_jobs from './20261123_172423_jobs';
import * as migration_20261123_173000_toc_pages from './20261123_173000_toc_pages';

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
    name: '20261123_173000_toc_pages'
  },
];
