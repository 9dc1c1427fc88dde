/** What other capabilities may use of consents; everything else in this folder is private to it. */
export { CustomerConsentsModule } from './customer-consents.module';
export { CustomerConsentsService, CONSENT_LIMITS, consentNotFound } from './consents.service';
export { Consent } from './consent.model';
export { GrantConsentInput, WithdrawConsentInput } from './consent.inputs';
