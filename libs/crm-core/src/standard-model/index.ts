/** What other capabilities may use of the standard model; everything else in this folder is private to it. */
export { StandardModelModule } from './standard-model.module';
export {
  STANDARD_MODEL_VERSIONS,
  LATEST_STANDARD_VERSION,
  standardModelVersion,
  type StandardModelVersion,
  type StandardFieldDefinition,
} from './standard-catalogue';
export { StandardUpgrades, type UpgradeScope } from './standard-upgrades';
