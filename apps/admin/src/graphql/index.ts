export { GraphQLProvider } from './GraphQLProvider';
export { errorMessage, errorCode, errorField } from './errors';
export { ME_QUERY, type Me, type TenantRef } from './me';
