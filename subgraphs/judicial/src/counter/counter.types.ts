import { Arg, Field, InputType, ObjectType } from 'type-graphql';
import { KeyedTextView } from '@rv/kit';
import { Application, ApplicationStatus } from '../application/application.entity.js';

@InputType({ description: 'GD-18: the walk-in applicant, checked against the original ID at the counter' })
export class ApplicantInput {
  @Field()
  name!: string;

  @Field({ description: '18-digit resident ID number' })
  idNumber!: string;

  @Field({ description: 'Mobile number for the SMS with the result' })
  phone!: string;
}

/** GD-20: what the clerk hands the family: time, place, and how to check the result. */
@ObjectType({ description: '受理回执 Receipt for an application filed at the counter (GD-20)' })
export class Receipt {
  @Field(() => Application)
  application!: Application;

  @Field({ description: 'When the application was received' })
  receivedAt!: Date;

  @Field({ description: 'Where: the bureau and its address (zh-CN, from the catalogue key booking.receipt.place)' })
  place!: string;

  @Field({ description: 'The bureau’s name, for a portal that words the place in its own language' })
  placeName!: string;

  @Field({ description: 'The bureau’s address' })
  placeAddress!: string;

  @Field({ description: 'The bureau’s phone, for the family’s questions (GD-20 receipt; empty when the unit has none on record)' })
  placePhone!: string;

  @Field({ description: 'How to check the result (zh-CN, from the catalogue; the portal translates howToCheckKey)' })
  howToCheck!: string;

  @Field({ description: 'Catalogue key of howToCheck' })
  howToCheckKey!: string;

  @Field({ description: 'Applicant, name shown, ID number masked' })
  applicant!: string;
}

/** The answer to a family's look-up: enough to know what happens next, nothing more. */
@ObjectType({ description: '审批结果查询 Result of an application, looked up by number and ID number (GD-26)' })
export class ApplicationResult {
  @Field()
  number!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field({ description: 'Meeting day, YYYY-MM-DD' })
  serviceDate!: string;

  @Field()
  venue!: string;

  @Field(() => KeyedTextView, { nullable: true, description: 'GD-26: why not approved, by catalogue key (issue 14): the page translates' })
  rejectionKeyed!: KeyedTextView | null;

  @Field(() => String, { nullable: true, description: 'The same in words, in the caller’s language (zh-CN default, en)' })
  rejectionReason(@Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string | null {
    return this.rejectionKeyed?.text(locale) ?? null;
  }
}
