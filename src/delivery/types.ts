// Generates the delivery API's TypeScript types from its OpenAPI document with openapi-typescript.
// The same function writes the file (npm run generate:delivery-types) and checks it is current (tests).
import openapiTS, { astToString } from 'openapi-typescript'
import { openApiDocument } from './openapi'

export const deliveryTypesFile = 'src/delivery/api.d.ts'

export async function deliveryTypes(): Promise<string> {
  const ast = await openapiTS(structuredClone(openApiDocument) as never)
  return `// Generated from src/delivery/openapi.ts by \`npm run generate:delivery-types\`. Do not edit.\n${astToString(ast)}`
}
