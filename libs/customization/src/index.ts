/**
 * Per-tenant customization of the standard model: custom fields, workflow overlays, labels, reference
 * data, standard-model versions and conformance: the port through which a core entity declares itself
 * customizable, and the custom fields on those entities (docs/adr/0022).
 */
export * from './customization.module';
export * from './entities/customizable-entity';
export * from './entities/customizable-entities';
export * from './terminology';
export * from './reference-data';
export * from './custom-fields';
export * from './standard-model/standard-versions';
export * from './customization-packages';
export {
  checkSettingVersion,
  recordSettingChange,
  settingChanges,
  settingVersion,
  type SettingArea,
  type SettingChange,
} from './change-history/setting-changes';
export { SettingChangeRecord, toChangeRecord } from './change-history/setting-change.model';
