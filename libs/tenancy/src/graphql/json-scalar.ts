import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

/**
 * A scalar carrying a JSON document the server checks itself (GraphQL inputs have no unions, so rule trees and
 * overlays travel as JSON): values pass through as they are, literals in the query text are read as JSON.
 */
export function jsonScalar(name: string, description: string): GraphQLScalarType {
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (ast, variables) =>
      ast.kind === Kind.OBJECT
        ? valueFromASTUntyped(ast, variables)
        : (valueFromASTUntyped(ast, variables) ?? null),
  });
}
