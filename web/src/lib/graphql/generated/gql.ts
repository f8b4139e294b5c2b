/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query EmployerOptions($first: Int) {\n  organisations(kind: ENTERPRISE, allianceMember: true, first: $first) {\n    edges {\n      node {\n        ...OrganisationName\n        allianceMember\n      }\n    }\n    totalCount\n  }\n}": typeof types.EmployerOptionsDocument,
    "fragment OrganisationName on Organisation {\n  id\n  kind\n  nameZh\n  nameEn\n  sampleData\n}\n\nfragment ViewerFields on User {\n  id\n  email\n  displayName\n  role\n  organisation {\n    ...OrganisationName\n  }\n  talentProfile {\n    id\n    legalName\n    employer {\n      ...OrganisationName\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    ok\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.OrganisationNameFragmentDoc,
};
const documents: Documents = {
    "query EmployerOptions($first: Int) {\n  organisations(kind: ENTERPRISE, allianceMember: true, first: $first) {\n    edges {\n      node {\n        ...OrganisationName\n        allianceMember\n      }\n    }\n    totalCount\n  }\n}": types.EmployerOptionsDocument,
    "fragment OrganisationName on Organisation {\n  id\n  kind\n  nameZh\n  nameEn\n  sampleData\n}\n\nfragment ViewerFields on User {\n  id\n  email\n  displayName\n  role\n  organisation {\n    ...OrganisationName\n  }\n  talentProfile {\n    id\n    legalName\n    employer {\n      ...OrganisationName\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    ok\n    errors {\n      field\n      code\n      message\n    }\n  }\n}": types.OrganisationNameFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmployerOptions($first: Int) {\n  organisations(kind: ENTERPRISE, allianceMember: true, first: $first) {\n    edges {\n      node {\n        ...OrganisationName\n        allianceMember\n      }\n    }\n    totalCount\n  }\n}"): (typeof documents)["query EmployerOptions($first: Int) {\n  organisations(kind: ENTERPRISE, allianceMember: true, first: $first) {\n    edges {\n      node {\n        ...OrganisationName\n        allianceMember\n      }\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganisationName on Organisation {\n  id\n  kind\n  nameZh\n  nameEn\n  sampleData\n}\n\nfragment ViewerFields on User {\n  id\n  email\n  displayName\n  role\n  organisation {\n    ...OrganisationName\n  }\n  talentProfile {\n    id\n    legalName\n    employer {\n      ...OrganisationName\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    ok\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["fragment OrganisationName on Organisation {\n  id\n  kind\n  nameZh\n  nameEn\n  sampleData\n}\n\nfragment ViewerFields on User {\n  id\n  email\n  displayName\n  role\n  organisation {\n    ...OrganisationName\n  }\n  talentProfile {\n    id\n    legalName\n    employer {\n      ...OrganisationName\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    user {\n      id\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    ok\n    errors {\n      field\n      code\n      message\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;