// Writes src/delivery/api.d.ts, the TypeScript types downstream sites use, from the OpenAPI document.
import { writeFileSync } from 'node:fs'
import { deliveryTypes, deliveryTypesFile } from '../src/delivery/types'

writeFileSync(deliveryTypesFile, await deliveryTypes())
console.log(`wrote ${deliveryTypesFile}`)
