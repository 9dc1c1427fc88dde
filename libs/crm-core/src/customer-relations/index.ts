/** What other capabilities may use of relations; everything else in this folder is private to it. */
export * from './relation.enums';
export { CustomerRelationsModule } from './customer-relations.module';
export { CustomerRelationsService, RELATION_LIMITS, relationNotFound } from './relations.service';
export { CustomerRelation } from './relation.model';
export { AddCustomerRelationInput } from './relation.inputs';
