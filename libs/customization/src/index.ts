/**
 * Per-tenant customization of the standard model: custom fields, workflow overlays, labels, reference
 * data, standard-model versions and conformance (DESIGN.md, "Customization is data, versioned").
 * Its capabilities arrive with their issues; the library exists so that its place in the dependency
 * graph (customization → tenancy, never → apps) is fixed from the first commit.
 */
export {};
