export { GraphQLProvider } from './GraphQLProvider';
export { errorMessage, errorCode } from './errors';
export { ME_QUERY, type Me, type TenantRef } from './me';
