// /delivery/v1/…: the delivery API for downstream sites (see src/delivery/http.ts).
import config from '@payload-config'
import { getPayload } from 'payload'
import { deliveryHandler } from '../../../../../delivery/http'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return deliveryHandler(await getPayload({ config }), request)
}

export async function HEAD(request: Request) {
  return deliveryHandler(await getPayload({ config }), request)
}
