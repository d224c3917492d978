// The validation rules that bound what one GraphQL request may cost: aliases, depth, graphql-armor's
// field cost, and the number of documents it asks for. Each refusal says which limit and how to stay under it.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { GraphQLError, type ExecutionArgs, type ValidationContext, type ValidationRule } from 'graphql'
import { documentLimitRule } from './documentLimit'

export interface GraphqlLimits {
  maxAliases: number
  maxDepth: number
  maxCost: number
  maxDocuments: number
}

/**
 * graphql-armor throws its refusal by default, which graphql-http answers as a 500; reported
 * instead, it is a 400 like any invalid query, with advice added to armor's figures.
 */
const reportWith = (advice: string) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${advice}`))],
})

export const graphqlCostRules =
  (limits: GraphqlLimits) =>
  (args: ExecutionArgs): ValidationRule[] => [
    maxAliasesRule({ n: limits.maxAliases, ...reportWith('Send fewer aliased fields per request, or split the query.') }),
    maxDepthRule({ n: limits.maxDepth, ...reportWith('The query is nested too deep: select fewer levels of related documents.') }),
    costLimitRule({ maxCost: limits.maxCost, ...reportWith('The query selects too much: select fewer fields or fewer nested documents.') }),
    documentLimitRule(limits.maxDocuments, (args.variableValues ?? {}) as Record<string, unknown>),
  ]
