import { Arg, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { LocalizedText } from '../../core/graphql/localized-text.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { PaperKind } from './paper.entity.js';
import type { Paper, PaperCheck } from './papers.js';

@ObjectType({ description: '文书中的一项（标签与内容，中英文）/ One line of a document: label and value, in Chinese and English' })
class PaperFact {
  @Field(() => LocalizedText, { description: '标签 / Label' })
  label!: LocalizedText;

  @Field(() => LocalizedText, { description: '内容 / Value' })
  value!: LocalizedText;
}

@ObjectType({ description: '可打印的办理文书（受理回执、审批决定书、资金拨付通知），中英文 / A printable document of an application (receipt, decision letter, payment notice), in Chinese and English' })
class ApplicationPaper implements Paper {
  @Field(() => PaperKind, { description: '文书种类 / Kind of document' })
  kind!: PaperKind;

  @Field(() => LocalizedText, { description: '标题 / Title' })
  title!: LocalizedText;

  @Field({ description: '受理编号 / Application reference' })
  reference!: string;

  @Field({ description: '出具时间：所记录的办理步骤的时间 / When the step it records was taken' })
  issuedAt!: Date;

  @Field({ description: '出具日期（上海时间，YYYY-MM-DD）/ Date issued (Shanghai, YYYY-MM-DD)' })
  issuedOn!: string;

  @Field(() => LocalizedText, { description: '出具单位 / Issued by' })
  issuer!: LocalizedText;

  @Field(() => [PaperFact], { description: '文书各项 / The document\'s lines' })
  facts!: PaperFact[];

  @Field(() => [LocalizedText], { description: '正文段落 / Paragraphs of text' })
  body!: LocalizedText[];

  @Field({ description: '核验码：二维码指向 /verify/<核验码>，任何人可核验真伪（只显示编号、种类、日期）/ Verification token: the QR code opens /verify/<token>, where anyone can check the document is genuine (reference, kind and date only)' })
  verificationToken!: string;

  @Field({ description: '二维码中的核验地址：本平台公开地址（PUBLIC_URL）下的 /verify/<核验码>，与打印时所用的内部地址无关 / The address in the QR code: /verify/<token> on the platform\'s public address (PUBLIC_URL), whatever address the document was printed from' })
  verificationUrl!: string;
}

@ObjectType({ description: '文书核验结果：仅编号、种类、日期，不含个人信息 / A genuine document: reference, kind and date only, no personal data' })
class PaperVerification implements PaperCheck {
  @Field({ description: '受理编号 / Application reference' })
  reference!: string;

  @Field(() => PaperKind, { description: '文书种类 / Kind of document' })
  kind!: PaperKind;

  @Field({ description: '出具日期（上海时间）/ Date issued (Shanghai)' })
  issuedOn!: string;
}

@Resolver()
export class ApplicationPaperResolver {
  @Authorized()
  @Query(() => ApplicationPaper, {
    nullable: true,
    description: '申请的可打印文书（申请人、其单位人事、审核人员、管理员）；所记录的步骤尚未办理时为空 / A printable document of an application (for its applicant, their employer\'s HR, reviewers and administrators); null until the step it records is taken',
  })
  async applicationPaper(
    @Arg('applicationId', () => UUIDScalar, { description: '申请编号 / Application id' }) applicationId: string,
    @Arg('kind', () => PaperKind, { description: '文书种类 / Kind of document' }) kind: PaperKind,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationPaper | null> {
    const paper = await ctx.services.applicationPapers.paper(requireViewer(ctx), applicationId, kind);
    return paper && { ...paper, verificationUrl: `${ctx.config.publicUrl}/verify/${encodeURIComponent(paper.verificationToken)}` };
  }

  @Query(() => PaperVerification, { nullable: true, description: '公开核验文书真伪（扫描文书上的二维码）；核验码不存在或被篡改时为空 / Public check that a printed document is genuine (its QR code); null for a token that was never issued or was altered' })
  verifyPaper(@Arg('token', { description: '文书上的核验码 / The token on the document' }) token: string, @Ctx() ctx: GraphQLContext): Promise<PaperCheck | null> {
    return ctx.services.applicationPapers.check(token);
  }
}
