// A GraphQL validation rule: refuses an operation that could ask for more than `max` documents.
// Every list query (a field with a `limit` argument) asks for `limit` documents (Payload's default
// 10), times the documents of the lists around it; aliases and fragments count each time they
// appear. `limit: 0` and `pagination: false` mean "all", so they are refused with a message.
import { getNamedType, GraphQLError, isInterfaceType, isObjectType, Kind, type ASTVisitor, type GraphQLNamedType, type SelectionSetNode, type ValidationContext, type ValueNode } from 'graphql'

const PAYLOAD_DEFAULT_LIMIT = 10
// Depth is refused by the max-depth rule; this only keeps the walk itself bounded.
const WALK_DEPTH = 64

export function documentLimitRule(max: number, variables: Record<string, unknown> = {}) {
  const valueOf = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined
    if (node.kind === Kind.VARIABLE) return variables[node.name.value]
    if (node.kind === Kind.INT) return Number(node.value)
    if (node.kind === Kind.BOOLEAN) return node.value
    return undefined
  }

  return (context: ValidationContext): ASTVisitor => {
    const documentsIn = (selectionSet: SelectionSetNode, type: GraphQLNamedType, multiplier: number, depth: number): number => {
      if (depth > WALK_DEPTH || !(isObjectType(type) || isInterfaceType(type))) return 0
      let total = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const inner = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type
          if (inner) total += documentsIn(selection.selectionSet, inner, multiplier, depth + 1)
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = context.getFragment(selection.name.value)
          const inner = fragment && context.getSchema().getType(fragment.typeCondition.name.value)
          if (fragment && inner) total += documentsIn(fragment.selectionSet, inner, multiplier, depth + 1)
        } else {
          const definition = type.getFields()[selection.name.value]
          if (!definition) continue
          let documents = multiplier
          if (definition.args.some((arg) => arg.name === 'limit')) {
            const argument = (name: string) => valueOf(selection.arguments?.find((a) => a.name.value === name)?.value)
            const limit = argument('limit') ?? PAYLOAD_DEFAULT_LIMIT
            if (argument('pagination') === false || typeof limit !== 'number' || limit <= 0) {
              context.reportError(
                new GraphQLError(`${selection.alias?.value ?? selection.name.value}: ask for a limit between 1 and ${max} (limit: 0 and pagination: false ask for every document, which is refused).`, { nodes: [selection] }),
              )
              return Infinity
            }
            documents = multiplier * limit
            total += documents
          }
          if (selection.selectionSet) total += documentsIn(selection.selectionSet, getNamedType(definition.type), documents, depth + 1)
        }
        if (total > max) return total
      }
      return total
    }

    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation)
        if (!root) return
        const total = documentsIn(operation.selectionSet, root, 1, 0)
        if (total > max && Number.isFinite(total)) {
          context.reportError(
            new GraphQLError(`This query asks for more than ${max} documents (at least ${total}), the limit per request. Ask for fewer (smaller limits, fewer aliases or nested lists) and page through with page.`, { nodes: [operation] }),
          )
        }
      },
    }
  }
}
