import { graphql } from '../../graphql/generated';

export const EXPORT_PACKAGE = graphql(`
  mutation ExportCustomizationPackage($sections: [CustomizationPackageSection!]!) {
    exportCustomizationPackage(sections: $sections)
  }
`);

export const PREVIEW_PACKAGE = graphql(`
  mutation PreviewCustomizationPackage($package: CustomizationPackage!) {
    previewCustomizationPackage(package: $package) {
      sourceTenant
      standardVersion
      exportedAt
      checksum
      newCount
      sameCount
      changedCount
      conflictCount
      items {
        id
        section
        entity
        key
        labelKo
        labelEn
        kind
        reasonKo
        reasonEn
      }
    }
  }
`);

export const IMPORT_PACKAGE = graphql(`
  mutation ImportCustomizationPackage(
    $package: CustomizationPackage!
    $expectedChecksum: String!
    $choices: CustomizationPackageChoices
  ) {
    importCustomizationPackage(package: $package, expectedChecksum: $expectedChecksum, choices: $choices) {
      version
      sourceTenant
      applied
      skipped
      unchanged
    }
  }
`);

export const PACKAGE_IMPORTS = graphql(`
  query CustomizationPackageImports {
    customizationPackageImports {
      version
      sourceTenant
      checksum
      importedBy
      importedAt
      appliedCount
    }
  }
`);
