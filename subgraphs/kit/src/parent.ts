import { createParameterDecorator, type ParameterDecorator } from 'type-graphql';

/**
 * The object a field resolver resolves on, passed as it is. type-graphql's `@Root()` copies a plain
 * object into `new Entity()` for every field of every row (its `convertToType`); for lists of plain rows
 * (`findRows`) that MikroORM entity construction was the largest part of the applications list with its
 * subjects (issue 16). Use it where the root may be a plain row; its type is then only a description.
 */
export function Parent(): ParameterDecorator {
  return createParameterDecorator(({ root }) => root);
}
