import * as migration_20261123_163347_initial from './20261123_163347_initial';

export const migrations = [
  {
    up: migration_20261123_163347_initial.up,
    down: migration_20261123_163347_initial.down,
    name: '20261123_163347_initial'
  },
];
