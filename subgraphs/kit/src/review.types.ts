import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

/** Whom a rejection reason is about: the subject (GD-24 inmate, GD-25 detainee) or a visitor (GD-23). */
export enum ReasonAbout {
  SUBJECT = 'SUBJECT',
  VISITOR = 'VISITOR',
}
registerEnumType(ReasonAbout, { name: 'ReasonAbout', description: 'Whom a rejection reason is about (GD-23 visitor; GD-24, GD-25 subject)' });

/** A reason the subject cannot meet, found automatically from custody status; shared by prison and detox. */
@Directive('@shareable')
@ObjectType('EligibilityFinding', { description: 'A reason the subject cannot meet, found automatically' })
export class EligibilityFindingType {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field({ description: 'Rule ID, e.g. GD-24' })
  rule!: string;

  @Field()
  detail!: string;
}
