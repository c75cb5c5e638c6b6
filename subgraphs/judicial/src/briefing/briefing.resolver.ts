import type { SubgraphContext } from '@rv/kit';
import { MESSAGES, invalid, rulePack, rulesBriefing, type Locale } from '@rv/schema';
import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: '会见须知 One line of the rules a family reads before applying' })
class BriefingLine {
  @Field({ description: 'FREE_OF_CHARGE, ALLOWANCE, DURATION, VISITORS, RELATIONSHIP, APPLY, REVIEW, ARRIVAL, PLEDGE, CONDUCT or LANGUAGE' })
  topic!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: '会见须知 The rules briefing of one rule pack' })
class RulesBriefing {
  @Field()
  rulePack!: string;

  @Field({ description: 'The regulation the rules come from' })
  name!: string;

  @Field(() => [BriefingLine])
  lines!: BriefingLine[];
}

@Resolver()
export class BriefingResolver {
  @Query(() => [RulesBriefing], {
    description: 'GD-26: the rules families are told, for each rule pack the province’s venues follow, in the reader’s language; public',
  })
  async rulesBriefings(
    @Ctx() ctx: SubgraphContext,
    @Arg('locale', () => String, { defaultValue: 'zh-CN', description: 'zh-CN (default) or en' }) locale: string = 'zh-CN',
  ): Promise<RulesBriefing[]> {
    if (!(locale in MESSAGES)) throw invalid('platform.unknownLocale', {}, 'locale');
    const packs = await ctx.em.execute<{ rule_pack: string }[]>(`select distinct rule_pack from "judicial"."county_bureau" order by rule_pack`);
    return packs.map(({ rule_pack }) => {
      const pack = rulePack(rule_pack);
      return { rulePack: pack.code, name: pack.name, lines: rulesBriefing(pack, locale as Locale) };
    });
  }
}
