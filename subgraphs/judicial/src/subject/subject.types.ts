import { createUnionType, Directive, Field, ID, ObjectType } from 'type-graphql';

/** The prison subgraph's inmate, here by its key; judicial adds `applications` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Inmate')
export class InmateStub {
  @Field(() => ID)
  id!: string;
}

/** The detox subgraph's detainee, here by its key; judicial adds `applications` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Detainee')
export class DetaineeStub {
  @Field(() => ID)
  id!: string;
}

export const Subject = createUnionType({
  name: 'Subject',
  description: '会见对象 The person in custody: an inmate or a detainee',
  types: () => [InmateStub, DetaineeStub] as const,
  resolveType: (value: (InmateStub | DetaineeStub) & { __kind?: string }) => (value.__kind === 'DETAINEE' ? 'Detainee' : 'Inmate'),
});

export function subjectStub(kind: string, id: string) {
  return Object.assign(kind === 'DETAINEE' ? new DetaineeStub() : new InmateStub(), { id, __kind: kind });
}

export const subjectReferences = {
  Inmate: { __resolveReference: (ref: { id: string }) => subjectStub('INMATE', ref.id) },
  Detainee: { __resolveReference: (ref: { id: string }) => subjectStub('DETAINEE', ref.id) },
};
