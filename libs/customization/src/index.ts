/**
 * Per-tenant customization of the standard model (custom fields, workflow overlays, labels, reference
 * data, standard-model versions and conformance). Its capabilities arrive with their issues; the library
 * exists now so the dependency direction (customization → tenancy, never → apps) is fixed from the start.
 */
export const CUSTOMIZATION_CAPABILITIES = [] as const;
