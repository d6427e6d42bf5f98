export {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  MigrationError,
  migrateDeploy,
  migrateDev,
  migrateReset,
  migrateStatus,
} from "./runner";
export type { MigrateDevOptions, MigrateOptions, MigrationStatus } from "./runner";
