import { GraphQLError, GraphQLScalarType } from 'graphql';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record's custom values as one JSON object (`{ key: value }`); written as a PATCH (null clears a key). */
export const CustomFieldValuesScalar = new GraphQLScalarType({
  name: 'CustomFieldValues',
  description: '사용자 정의 항목 값 (JSON 객체, 키 → 값; 쓸 때는 보낸 키만 바뀌고 null 은 값을 지움)',
  serialize: (value) => value,
  parseValue: (value) => {
    if (!isObject(value))
      throw new GraphQLError(
        '사용자 정의 항목은 JSON 객체여야 합니다. (customFields must be a JSON object.)',
      );
    return value;
  },
});

/** One custom field's value (a default value, a value in a conflict report): any JSON value. */
export const CustomFieldValueScalar = new GraphQLScalarType({
  name: 'CustomFieldValue',
  description: '사용자 정의 항목의 값 하나 (JSON 값)',
  serialize: (value) => value,
  parseValue: (value) => value,
});
