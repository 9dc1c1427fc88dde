/**
 * Per-tenant customization of the standard model: custom fields, workflow overlays, labels, reference
 * data, standard-model versions and conformance. Its first piece is the port through which a core entity
 * declares itself customizable; the custom-field engine that uses it comes with its own issue.
 */
export * from './customization.module';
export * from './entities/customizable-entity';
export * from './entities/customizable-entities';
export * from './terminology';
export * from './reference-data';
