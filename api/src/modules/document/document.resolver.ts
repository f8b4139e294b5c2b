import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ACCEPTED_CONTENT_TYPES } from './content-type.js';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { Role } from '../../core/auth/role.js';
import { Document } from './document.entity.js';
import { cleanFileName } from './file-name.js';
import { DocumentKind } from './document-kind.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

@ObjectType({ description: '上传规则，供页面提前检查 / Upload rules, so a page can check a file before sending it' })
class UploadRules {
  @Field(() => Int, { description: '单个文件最大字节数 / Largest file, in bytes' })
  maxBytes!: number;

  @Field(() => [String], { description: '接受的类型（按内容识别）/ Accepted types (recognised by content)' })
  acceptedContentTypes!: string[];
}

const DocumentConnection = ConnectionType(Document, 'Document', { zh: '材料', en: 'document' });
type DocumentConnection = InstanceType<typeof DocumentConnection>;

/**
 * What the field resolvers read. Typed by this, not the entity class, so type-graphql hands them
 * the value as it is: lists read documents as plain rows (issue 13), and with the class as the
 * root's type it copied each into `new Document()` (a fresh id and date made for nothing) on
 * every field it resolved.
 */
type DocumentFields = Pick<Document, 'id' | 'fileName' | 'contentType' | 'expiresOn'>;

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(Role.TALENT)
  @Query(() => DocumentConnection, { description: '我的材料夹，最新的在前；上传用 POST /files / My document wallet, newest first; upload with POST /files' })
  async myDocuments(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => DocumentKind, { nullable: true, description: '按材料类型筛选 / Only this kind' }) kind?: DocumentKind | null,
  ): Promise<DocumentConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.documents.listOwn(requireViewer(ctx), kind ?? null, window);
    return toConnection(rows, window, total);
  }

  @Query(() => UploadRules, { description: '上传材料的规则（POST /files）/ The rules for uploading documents (POST /files)' })
  uploadRules(@Ctx() ctx: GraphQLContext): UploadRules {
    return { maxBytes: ctx.config.uploadLimitBytes, acceptedContentTypes: [...ACCEPTED_CONTENT_TYPES] };
  }

  @FieldResolver(() => String, {
    description: '文件名：去掉路径、控制字符和文字方向控制符，扩展名按内容类型 / File name, without folder parts, control or text-direction characters, its extension following the content type',
  })
  fileName(@Root() document: DocumentFields): string {
    return cleanFileName(document.fileName, document.contentType);
  }

  @FieldResolver(() => String, { description: '下载地址（需登录且有权查看）/ Where to download it (signed in, with access)' })
  downloadUrl(@Root() document: DocumentFields): string {
    return `/files/${document.id}`;
  }

  @FieldResolver(() => Boolean, { description: '是否已过有效期 / Whether it has expired' })
  expired(@Root() document: DocumentFields): boolean {
    return !!document.expiresOn && document.expiresOn < shanghaiToday();
  }
}
